// offerings.bookings: without a slot, the caller's own bookings (我的预约); with one, the slot's
// bookings for its provider, with names and phones, and the members who may be credited.
import type { ActionOutput, OfferingDoc, OfferingSlotDoc, ParsedInput, Person } from '@linli/types'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { bookingView, slotView } from './offering-views'
import { provides } from './provider-access'

type Output = ActionOutput<'offerings', 'bookings'>

/** The members who may serve an offering: the team's members, or the unit's (in-service) members. */
export const serversOf = (offering: OfferingDoc, deps: Deps): Promise<Person[]> =>
  deps.offerings.membersOf(offering.communityId, offering.provider)

/** The slot and its offering, if the caller provides it; otherwise it is not there for them. */
export const providedSlot = async (
  slotId: string,
  caller: Caller,
  deps: Deps,
): Promise<{ slot: OfferingSlotDoc; offering: OfferingDoc }> => {
  const slot = await deps.offerings.getSlot(slotId)
  if (!slot || slot.communityId !== caller.communityId) throw notFound('slot')
  const offering = await deps.offerings.getOffering(slot.offeringId)
  if (!offering || !provides(caller, offering.provider)) throw notFound('slot')
  return { slot, offering }
}

const forProvider = async (slotId: string, caller: Caller, deps: Deps): Promise<Output> => {
  const { slot, offering } = await providedSlot(slotId, caller, deps)
  const [live, servers] = await Promise.all([
    deps.offerings.liveOfSlot(slot._id),
    serversOf(offering, deps),
  ])
  const now = deps.now()
  // A booking counts while its holder holds the place (or once attendance settled it): a document
  // left "booked" by a cancel that did not finish is not shown.
  const holding = live.filter((b) => b.status !== 'booked' || slot.bookers.includes(b.personId))
  return {
    items: holding.map((b) => bookingView(b, now, true)),
    nextCursor: null,
    slot: slotView(slot, now, undefined),
    servers: servers.map((p) => ({ id: p._id, name: p.name })),
  }
}

export const listBookings = async (
  input: ParsedInput<'offerings', 'bookings'>,
  caller: Caller,
  deps: Deps,
): Promise<Output> => {
  if (input.slotId) return forProvider(input.slotId, caller, deps)
  if (!caller.personId) return { items: [], nextCursor: null, slot: null, servers: [] }
  const page = await deps.offerings.pageOfPerson(caller.communityId, caller.personId, {
    limit: input.limit,
    cursor: input.cursor,
  })
  const now = deps.now()
  return {
    items: page.items.map((b) => bookingView(b, now, false)),
    nextCursor: page.nextCursor,
    slot: null,
    servers: [],
  }
}
