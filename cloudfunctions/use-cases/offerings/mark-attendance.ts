// offerings.markAttendance: the provider marks who came; the slot closes to bookings, every other
// booking is marked absent, and each member who served gets one service record with the slot's
// hours (members' points rules). Marking again corrects the list; records are never written twice.
import type { ActionOutput, ParsedInput, Person } from '@linli/types'
import { serviceHoursOf } from '../../domain/booking-rules'
import { invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { postGridOf } from '../members/member-access'
import { creditService } from './credit-service'
import { providedSlot, serversOf } from './list-bookings'

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

export const markAttendance = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'offerings', 'markAttendance'>> => {
  const { slot, offering } = await providedSlot(input.slotId, caller, deps)
  const servers = serversNamed(input, caller, await serversOf(offering, deps))
  const now = deps.now()
  await deps.writes.spend()
  // Closed first: a booking racing this call either landed before (and is marked) or is refused.
  await deps.offerings.closeSlot(slot._id, now)
  const marked = await deps.offerings.setAttendance(slot._id, input.attended, now)
  const hours = serviceHoursOf(slot.startsAt, slot.endsAt)
  if (marked.attended > 0) {
    await creditService(
      servers.map((p) => ({
        communityId: slot.communityId,
        kind: 'offering' as const,
        sourceId: slot._id,
        memberId: p._id,
        gridId: postGridOf(p),
        note: `${offering.title}（${offering.provider.name}，服务 ${marked.attended} 人）`,
        hours,
        at: slot.startsAt,
        vouchedBy: caller.personId ?? caller.openid,
      })),
      deps,
    )
  }
  return {
    slotId: slot._id,
    attended: marked.attended,
    absent: marked.absent,
    servedBy: servers.map((p) => ({ id: p._id, name: p.name })),
    hours,
  }
}
