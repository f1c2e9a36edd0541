// evaluations.openRound and evaluations.rounds: staff open a round (name, dates, which members).
import {
  chinaDateOf,
  type ActionOutput,
  type EvaluationRoundDoc,
  type ParsedInput,
  type RoundView,
} from '@linli/types'
import { roundPhase } from '../../domain/evaluation-rules'
import { invalidInput } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { idFor } from '../members/ids'

export const roundView = (r: EvaluationRoundDoc, today: string): RoundView => ({
  id: r._id,
  name: r.name,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  phase: roundPhase(r, today),
  memberCount: r.memberIds.length,
})

export const openRound = async (
  input: ParsedInput<'evaluations', 'openRound'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'openRound'>> => {
  const now = deps.now()
  const today = chinaDateOf(now)
  if (input.endsOn < today) {
    throw invalidInput('round ends in the past', [
      { path: ['endsOn'], message: '结束日期不能早于今天' },
    ])
  }
  const memberIds = [...new Set(input.memberIds)]
  const members = await deps.members.getByIds(memberIds)
  const known = members.filter(
    (p) => p.communityId === caller.communityId && p.roles.some((r) => r.role === 'member'),
  )
  if (known.length !== memberIds.length) {
    throw invalidInput('unknown members', [{ path: ['memberIds'], message: '请选择本社区的党员' }])
  }
  await deps.writes.spend()
  const { doc, created } = await deps.evaluations.insertRound({
    _id: idFor('round', caller.communityId, input.clientRequestId),
    communityId: caller.communityId,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    memberIds,
    createdBy: caller.personId,
    createdAt: now,
  })
  if (!created) await deps.writes.refund()
  return roundView(doc, today)
}

/** Staff see every round; a member, the rounds they are in. */
export const listRounds = async (
  _input: ParsedInput<'evaluations', 'rounds'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'rounds'>> => {
  const today = chinaDateOf(deps.now())
  const staff = caller.roles.some((r) => r.role === 'staff' || r.role === 'admin')
  const rounds = await deps.evaluations.listRounds(caller.communityId)
  return {
    items: rounds
      .filter((r) => staff || (caller.personId !== null && r.memberIds.includes(caller.personId)))
      .map((r) => roundView(r, today)),
  }
}
