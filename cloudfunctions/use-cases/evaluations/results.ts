// evaluations.results: per member, counts and satisfaction rate from 5 ratings on, never who rated.
// A member sees their own row; staff every member's, and a CSV of the table.
import {
  chinaDateOf,
  type ActionOutput,
  type AppealDoc,
  type AppealView,
  type ParsedInput,
  type ResultRow,
} from '@linli/types'
import { isStaff } from '../../domain/actor'
import { toCsv } from '../../domain/csv'
import { memberResult } from '../../domain/evaluation-rules'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { roundView } from './rounds'

export const appealView = (a: AppealDoc, memberName: string): AppealView => ({
  id: a._id,
  roundId: a.roundId,
  memberId: a.memberId,
  memberName,
  text: a.text,
  status: a.status,
  answer: a.answer,
  createdAt: a.createdAt.toISOString(),
  answeredAt: a.answeredAt?.toISOString() ?? null,
})

const CSV_HEADER = ['党员', '评议人数', '满意', '基本满意', '不满意', '满意率']

export const results = async (
  input: ParsedInput<'evaluations', 'results'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'results'>> => {
  const round = await deps.evaluations.getRound(input.roundId)
  if (!round || round.communityId !== caller.communityId) throw notFound('round')
  const staff = isStaff(caller.roles)
  if (!staff && (caller.personId === null || !round.memberIds.includes(caller.personId)))
    throw notFound('round')
  const memberIds = staff ? round.memberIds : [caller.personId as string]
  const [ratings, appeals, members] = await Promise.all([
    deps.evaluations.ratingsOfRound(round._id, memberIds),
    deps.evaluations.appealsOfRound(round._id),
    deps.members.getByIds(memberIds),
  ])
  const nameOf = new Map(members.map((m) => [m._id, m.name] as const))
  // Only verdicts leave this function: rater ids and comments stay in the database.
  const rows: ResultRow[] = memberIds.map((id) => {
    const result = memberResult(ratings.filter((e) => e.memberId === id).map((e) => e.verdict))
    const appeal = appeals.find((a) => a.memberId === id)
    const name = nameOf.get(id) ?? ''
    return {
      memberId: id,
      name,
      ratings: result.ratings,
      shown: result.shown,
      satisfied: result.counts?.satisfied ?? null,
      basicallySatisfied: result.counts?.basicallySatisfied ?? null,
      dissatisfied: result.counts?.dissatisfied ?? null,
      satisfactionRate: result.satisfactionRate,
      appeal: appeal ? appealView(appeal, name) : null,
    }
  })
  const csv =
    staff && input.format === 'csv'
      ? toCsv(
          CSV_HEADER,
          rows.map((r) => [
            r.name,
            r.ratings,
            r.satisfied,
            r.basicallySatisfied,
            r.dissatisfied,
            r.satisfactionRate === null ? null : `${(r.satisfactionRate * 100).toFixed(1)}%`,
          ]),
        )
      : null
  return { round: roundView(round, chinaDateOf(deps.now())), rows, csv }
}
