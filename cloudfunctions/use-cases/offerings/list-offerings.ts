// offerings.list: the menu (服务菜单), newest first, by category; or what the caller provides.
// Each offering carries its slots, places left, whether the caller may book and their own booking.
import {
  chinaDateOf,
  type ActionOutput,
  type Grid,
  type OfferingDoc,
  type OfferingSlotDoc,
  type ParsedInput,
} from '@linli/types'
import { eligibility } from '../../domain/booking-rules'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { bookingIdOf } from './booking-ids'
import { offeringView } from './offering-views'
import { bookerOf, providerIdsOf, provides } from './provider-access'

/** Views of a page of offerings: slots, grid names and the caller's bookings, read in parallel. */
export const offeringViews = async (
  docs: readonly OfferingDoc[],
  caller: Caller,
  deps: Deps,
  known?: { slots: readonly OfferingSlotDoc[]; grids: readonly Grid[] },
): Promise<ActionOutput<'offerings', 'list'>['items']> => {
  const now = deps.now()
  const gridIds = [
    ...new Set(docs.flatMap((d) => (d.audience.kind === 'grid' ? [d.audience.gridId] : []))),
  ]
  const booker = bookerOf(caller)
  const [slots, grids] = known
    ? [known.slots, known.grids]
    : await Promise.all([
        deps.offerings.slotsOf(docs.map((d) => d._id)),
        Promise.all(gridIds.map((id) => deps.org.getGrid(id))),
      ])
  const personId = caller.personId
  const mine = personId
    ? await deps.offerings.getBookings(
        slots.filter((s) => s.bookers.includes(personId)).map((s) => bookingIdOf(s._id, personId)),
      )
    : []
  const today = chinaDateOf(now)
  const ctxBase = {
    now,
    gridNames: new Map(grids.flatMap((g) => (g ? [[g._id, g.name] as const] : []))),
    myBookings: new Map(mine.map((b) => [b.slotId, b])),
  }
  return docs.map((doc) =>
    offeringView(
      doc,
      slots.filter((s) => s.offeringId === doc._id),
      {
        ...ctxBase,
        mayBook: personId !== null && eligibility(doc.audience, booker, today).ok,
        provides: provides(caller, doc.provider),
      },
    ),
  )
}

export const listOfferings = async (
  input: ParsedInput<'offerings', 'list'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'offerings', 'list'>> => {
  const providerIds = input.mine ? providerIdsOf(caller) : undefined
  if (providerIds && providerIds.length === 0) return { items: [], nextCursor: null }
  const page = await deps.offerings.page(
    {
      communityId: caller.communityId,
      ...(input.category ? { category: input.category } : {}),
      ...(providerIds ? { providerIds } : {}),
    },
    { limit: input.limit, cursor: input.cursor },
  )
  return { items: await offeringViews(page.items, caller, deps), nextCursor: page.nextCursor }
}
