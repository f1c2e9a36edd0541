// evaluations.appeal and evaluations.answerAppeal: a member appeals their result once per round;
// staff answer it once.
import type { ActionOutput, AppealDoc, ParsedInput } from '@linli/types'
import { AppError, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { checkPublishedText } from '../members/published-text'
import { appealView } from './results'

/** The same appeal sent again is answered as before; another one for the round is refused. */
const sameAppealOr = (doc: AppealDoc, text: string, caller: Caller) => {
  if (doc.text !== text) {
    throw new AppError('MEMBER.ALREADY_SETTLED', 'this result was appealed already')
  }
  return appealView(doc, caller.name ?? '')
}

export const appeal = async (
  input: ParsedInput<'evaluations', 'appeal'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'appeal'>> => {
  const round = await deps.evaluations.getRound(input.roundId)
  const memberId = caller.personId
  if (!round || round.communityId !== caller.communityId || memberId === null)
    throw notFound('round')
  if (!round.memberIds.includes(memberId)) throw notFound('round')
  const id = `${round._id}:${memberId}`
  const [text, earlier] = await Promise.all([
    checkPublishedText(input.text, caller, deps),
    deps.evaluations.getAppeal(id),
  ])
  if (earlier) return sameAppealOr(earlier, text, caller)
  await deps.writes.spend()
  const { doc, created } = await deps.evaluations.insertAppeal({
    _id: id,
    communityId: caller.communityId,
    roundId: round._id,
    memberId,
    text,
    status: 'open',
    answer: null,
    answeredBy: null,
    createdAt: deps.now(),
    answeredAt: null,
  })
  if (!created) await deps.writes.refund()
  return sameAppealOr(doc, text, caller)
}

export const answerAppeal = async (
  input: ParsedInput<'evaluations', 'answerAppeal'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'evaluations', 'answerAppeal'>> => {
  const found = await deps.evaluations.getAppeal(input.id)
  if (!found || found.communityId !== caller.communityId) throw notFound('appeal')
  const settled = () => new AppError('MEMBER.ALREADY_SETTLED', 'the appeal was answered already')
  if (found.status !== 'open') throw settled()
  // The member's name for the answer is read while the allowance is spent.
  const [, member] = await Promise.all([deps.writes.spend(), deps.persons.getById(found.memberId)])
  const answered = await deps.evaluations.answerAppeal(
    found._id,
    input.answer,
    caller.personId ?? caller.openid,
    deps.now(),
  )
  if (!answered) {
    await deps.writes.refund()
    throw settled()
  }
  return appealView(answered, member?.name ?? '')
}
