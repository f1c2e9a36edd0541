// evaluations.ballot and evaluations.rate: a verified resident rates each member posted in their
// grid once per open round; the rating's fixed id makes "once" hold under any concurrency.
import { chinaDateOf, type ActionOutput, type EvaluationDoc, type ParsedInput } from '@linli/types'
import {
  evaluationId,
  roundPhase,
  whyNotRate,
  type RateRefusal,
} from '../../domain/evaluation-rules'
import { AppError, forbidden, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { postGridOf, residentGridIds } from '../members/member-access'
import { photoUrlsOf } from '../members/member-views'
import { checkPublishedText } from '../members/published-text'
import { roundView } from './rounds'

export const ballot = async (
  _input: ParsedInput<'evaluations', 'ballot'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'ballot'>> => {
  const today = chinaDateOf(deps.now())
  const grids = await residentGridIds(caller, deps)
  if (grids.length === 0 || caller.personId === null) return { rounds: [] }
  const [ending, inGrids] = await Promise.all([
    deps.evaluations.roundsEndingFrom(caller.communityId, today),
    Promise.all(grids.map((g) => deps.persons.findMembersInGrid(g))),
  ])
  const rounds = ending.filter((r) => roundPhase(r, today) === 'open')
  const neighbours = inGrids.flat()
  const [mine, photoUrls] = await Promise.all([
    deps.evaluations.ratingsBy(
      caller.personId,
      rounds.map((r) => r._id),
    ),
    photoUrlsOf(neighbours, deps),
  ])
  return {
    rounds: rounds.map((r) => ({
      ...roundView(r, today),
      members: neighbours
        .filter((m) => r.memberIds.includes(m._id) && m._id !== caller.personId)
        .map((m) => ({
          memberId: m._id,
          name: m.name,
          photo: m.member?.photo ? (photoUrls.get(m.member.photo) ?? null) : null,
          myVerdict: mine.find((e) => e.roundId === r._id && e.memberId === m._id)?.verdict ?? null,
        })),
    })),
  }
}

const REFUSALS: Record<RateRefusal, () => AppError> = {
  notVerified: () => forbidden('only verified residents rate'),
  notOpen: () => new AppError('EVALUATION.NOT_OPEN', 'the round is not open'),
  notInRound: () => new AppError('NOT_FOUND', 'member not in this round'),
  notInRatersGrid: () => new AppError('NOT_FOUND', 'member not posted in your grid'),
  selfRating: () => forbidden('members do not rate themselves'),
}

/** The same form sent again is answered as before; any other second rating is refused. */
const answerFor = (doc: EvaluationDoc, clientRequestId: string) => {
  if (doc.clientRequestId !== clientRequestId) {
    throw new AppError('EVALUATION.ALREADY_RATED', 'rated this member in this round already')
  }
  return { roundId: doc.roundId, memberId: doc.memberId, verdict: doc.verdict }
}

export const rate = async (
  input: ParsedInput<'evaluations', 'rate'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'rate'>> => {
  // Both read while the caller is looked up (see the entry's read-ahead).
  const [round, member] = await Promise.all([
    deps.evaluations.getRound(input.roundId),
    deps.persons.getById(input.memberId),
  ])
  if (!round || round.communityId !== caller.communityId) throw notFound('round')
  if (!member || member.communityId !== caller.communityId) throw notFound('member')
  const now = deps.now()
  const grids = await residentGridIds(caller, deps)
  const refusal = whyNotRate({
    round,
    today: chinaDateOf(now),
    rater: { personId: caller.personId, verified: caller.verified, gridIds: grids },
    member: { id: member._id, postGridId: postGridOf(member) },
  })
  if (refusal) throw REFUSALS[refusal]()
  const raterId = caller.personId as string
  const id = evaluationId(round._id, member._id, raterId)
  // Rated already: answered without any write (the same form again is answered as before).
  const earlier = await deps.evaluations.getRating(id)
  if (earlier) return answerFor(earlier, input.clientRequestId)
  const comment = input.comment
    ? await checkPublishedText(input.comment, caller, deps, 'comment')
    : ''
  await deps.writes.spend()
  const { doc, created } = await deps.evaluations.insertRating({
    _id: id,
    communityId: caller.communityId,
    roundId: round._id,
    memberId: member._id,
    raterId,
    gridId: postGridOf(member) ?? '',
    verdict: input.verdict,
    comment: comment || null,
    clientRequestId: input.clientRequestId,
    createdAt: now,
  })
  // Lost a race to a twin call: the unit goes back, and the winner's rating is the one counted.
  if (!created) await deps.writes.refund()
  return answerFor(doc, input.clientRequestId)
}
