// meetings.updateDecision: staff or the decision's owner move it on (planned → in progress → done)
// with a note; the write holds only if nobody changed the meeting since it was read.
import type { ActionOutput, ParsedInput } from '@linli/types'
import { canMoveDecision, ownsDecision } from '../../domain/meetings'
import { AppError, forbidden, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { mayRead, meetingView, readsAll } from './meeting-views'

export const updateDecision = async (
  input: ParsedInput<'meetings', 'updateDecision'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'meetings', 'updateDecision'>> => {
  const personId = caller.personId
  const m = await deps.meetings.get(input.meetingId)
  if (!m || m.communityId !== caller.communityId) throw notFound('meeting')
  const decision = m.decisions.find((d) => d.id === input.decisionId)
  if (!decision) throw notFound('decision')
  if (!personId || !(readsAll(caller) || ownsDecision(decision.owner, caller))) {
    if (!mayRead(m, caller)) throw notFound('meeting')
    throw forbidden('only staff or the decision’s owner update it')
  }
  if (!canMoveDecision(decision.status, input.status))
    throw new AppError(
      'MEETINGS.DECISION_TRANSITION',
      `a ${decision.status} decision cannot become ${input.status}`,
      [{ path: ['status'], message: '这项决议不能改为该状态' }],
    )
  const now = deps.now()
  const decisions = m.decisions.map((d) =>
    d.id === decision.id
      ? {
          ...d,
          status: input.status,
          progress: [
            ...d.progress,
            { status: input.status, note: input.note, at: now, byPersonId: personId },
          ],
          updatedAt: now,
        }
      : d,
  )
  await deps.writes.spend()
  const stored = await deps.meetings.putDecisions(m, decisions)
  if (!stored) {
    await deps.writes.refund()
    throw new AppError('MEETINGS.CHANGED', 'the meeting changed meanwhile')
  }
  return meetingView(stored, caller)
}
