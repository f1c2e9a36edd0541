// offerings.publish: a captain (for their team), a liaison (for their unit) or staff publishes a
// service with its slots. Retried with the same key, it writes nothing twice (ids from the key).
import type { ActionOutput, OfferingDoc, OfferingSlotDoc, ParsedInput } from '@linli/types'
import { forbidden, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { idFor } from '../members/ids'
import { checkPublishedText } from '../members/published-text'
import { slotIdOf } from './booking-ids'
import { offeringViews } from './list-offerings'
import { provides } from './provider-access'

type Input = ParsedInput<'offerings', 'publish'>

const providerOf = async (input: Input, caller: Caller, deps: Deps) => {
  const { kind, id } = input.provider
  const found = kind === 'team' ? await deps.org.getTeam(id) : await deps.org.getUnit(id)
  if (!found || found.communityId !== caller.communityId) throw notFound(kind)
  const provider = { kind, id, name: found.name }
  if (!provides(caller, provider)) throw forbidden(`not the ${kind}'s captain or liaison`)
  return provider
}

const checkAudience = async (input: Input, caller: Caller, deps: Deps) => {
  if (input.audience.kind !== 'grid') return []
  const grid = await deps.org.getGrid(input.audience.gridId)
  if (!grid || grid.communityId !== caller.communityId) throw notFound('grid')
  return [grid]
}

const checkSlotsAhead = (input: Input, now: Date) => {
  input.slots.forEach((slot, i) => {
    if (Date.parse(slot.endsAt) <= now.getTime()) {
      throw invalidInput('a slot is over already', [
        { path: ['slots', i, 'endsAt'], message: '这一场已经结束了，请改一个时间' },
      ])
    }
  })
}

export const publishOffering = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'offerings', 'publish'>> => {
  if (!caller.personId) throw forbidden('not a known person')
  const now = deps.now()
  checkSlotsAhead(input, now)
  const [provider, grids] = await Promise.all([
    providerOf(input, caller, deps),
    checkAudience(input, caller, deps),
  ])
  const title = await checkPublishedText(input.title, caller, deps, 'title')
  const description = input.description
    ? await checkPublishedText(input.description, caller, deps, 'description')
    : ''
  const id = idFor('off', caller.personId, input.clientRequestId)
  const offering: OfferingDoc = {
    _id: id,
    communityId: caller.communityId,
    title,
    category: input.category,
    description,
    provider,
    audience: input.audience,
    publishedBy: caller.personId,
    createdAt: now,
  }
  const slots: OfferingSlotDoc[] = input.slots.map((s, i) => ({
    _id: slotIdOf(id, i + 1),
    communityId: caller.communityId,
    offeringId: id,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    place: s.place,
    capacity: s.capacity,
    booked: 0,
    bookers: [],
    attendanceMarkedAt: null,
    createdAt: now,
  }))
  await deps.writes.spend()
  // Slots first: the offering shows on the menu only once every slot of it exists.
  await Promise.all(slots.map((s) => deps.offerings.insertSlot(s)))
  const { doc, created } = await deps.offerings.insertOffering(offering)
  if (!created) await deps.writes.refund()
  // The view from what was just written: nobody has booked a new slot yet.
  const [view] = await offeringViews([doc], caller, deps, { slots, grids })
  if (!view) throw new Error('the published offering has no view')
  return view
}
