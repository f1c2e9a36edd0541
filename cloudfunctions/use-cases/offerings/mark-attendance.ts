// offerings.markAttendance: the provider marks who came; the slot closes to bookings, every other
// booking is marked absent, and each member who served gets one service record with the slot's
// hours (members' points rules). Marking again corrects the list; records are never written twice.
import type { ActionOutput, OfferingDoc, ParsedInput, Person } from '@linli/types'
import { serviceHoursOf } from '../../domain/booking-rules'
import { invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { postGridOf } from '../members/member-access'
import { bookingIdOf } from './booking-ids'
import { creditService, rulesAhead } from './credit-service'
import { providedSlot, serversOf } from './list-bookings'
import { servesProvider } from './provider-access'

type Input = ParsedInput<'offerings', 'markAttendance'>

/** The members named (or the caller, when a member), each of whom must serve this provider. */
const serversNamed = (input: Input, caller: Caller, servers: readonly Person[]): Person[] => {
  const ids = input.servedBy ?? (caller.personId ? [caller.personId] : [])
  return [...new Set(ids)].flatMap((id, i) => {
    const server = servers.find((p) => p._id === id)
    if (server) return [server]
    // The caller themself, when not a member (a liaison, staff), is simply not credited.
    if (input.servedBy === undefined) return []
    throw invalidInput('not a member of the provider', [
      { path: ['servedBy', i], message: '只能记录本服务队或本单位党员的服务' },
    ])
  })
}

/**
 * Who served: by default the caller, when a member of the provider (their own card says so: no
 * read); named members are read and checked before anything is written (one read more).
 */
const serversFor = async (
  input: Input,
  caller: Caller,
  offering: OfferingDoc,
  deps: Deps,
): Promise<Person[]> => {
  if (input.servedBy === undefined) {
    return caller.person && servesProvider(caller, offering.provider) ? [caller.person] : []
  }
  return serversNamed(input, caller, await serversOf(offering, deps))
}

export const markAttendance = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'offerings', 'markAttendance'>> => {
  const { slot, offering } = await providedSlot(input.slotId, caller, deps)
  const rules = rulesAhead(slot.communityId, deps)
  const servers = await serversFor(input, caller, offering, deps)
  const now = deps.now()
  // Only the slot's own bookings count: one per person who holds a place.
  const holding = new Set(slot.bookers.map((p) => bookingIdOf(slot._id, p)))
  const attended = [...new Set(input.attended)].filter((id) => holding.has(id)).length
  await deps.writes.spend()
  // Closed first: a booking racing this call either landed before (and is marked) or is refused.
  await deps.offerings.closeSlot(slot._id, now)
  const hours = serviceHoursOf(slot.startsAt, slot.endsAt)
  // The records go beside the marks (each written once: marking again writes none twice).
  const [marked] = await Promise.all([
    deps.offerings.setAttendance(slot._id, input.attended, now),
    attended > 0
      ? creditService(
          servers.map((p) => ({
            communityId: slot.communityId,
            kind: 'offering' as const,
            sourceId: slot._id,
            memberId: p._id,
            gridId: postGridOf(p),
            note: `${offering.title}（${offering.provider.name}，服务 ${attended} 人）`,
            hours,
            at: slot.startsAt,
            vouchedBy: caller.personId ?? caller.openid,
          })),
          deps,
          rules,
        )
      : Promise.resolve([]),
  ])
  return {
    slotId: slot._id,
    attended: marked.attended,
    absent: marked.absent,
    servedBy: servers.map((p) => ({ id: p._id, name: p.name })),
    hours,
  }
}
