// members.pledge and members.updatePledge: 亮承诺, published once per form, settled once.
import { chinaDateOf, type ActionOutput, type ParsedInput } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { statusAfter, whyNotChangePledge } from '../../domain/pledge-rules'
import { AppError, forbidden, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { postGridOf } from './member-access'
import { pledgeView } from './member-views'
import { checkPublishedText } from './published-text'
import { idFor } from './ids'

export const publishPledge = async (
  input: ParsedInput<'members', 'pledge'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'pledge'>> => {
  const me = caller.person
  if (!me || caller.personId === null) throw forbidden('not a member')
  const now = deps.now()
  const today = chinaDateOf(now)
  if (input.dueDate < today) {
    throw invalidInput('due date is past', [{ path: ['dueDate'], message: '完成日期不能早于今天' }])
  }
  // One pledge per (member, form): a retried publish finds its own pledge.
  const id = idFor('pledge', caller.personId, input.clientRequestId)
  const text = await checkPublishedText(input.text, caller, deps, 'text', {
    kind: 'pledge',
    refId: id,
    label: '党员承诺',
  })
  await deps.writes.spend()
  const { doc, created } = await deps.pledges.insertOnce({
    _id: id,
    communityId: caller.communityId,
    memberId: caller.personId,
    gridId: postGridOf(me),
    text,
    dueDate: input.dueDate,
    status: 'open',
    progress: [],
    outcomeReason: null,
    createdAt: now,
    updatedAt: now,
  })
  if (!created) await deps.writes.refund()
  return pledgeView(doc, today)
}

const REFUSALS = {
  notOwner: () => notFound('pledge'),
  notStaff: () => forbidden('only staff mark a pledge not fulfilled'),
  settled: () => new AppError('MEMBER.ALREADY_SETTLED', 'the pledge is settled already'),
}

export const updatePledge = async (
  input: ParsedInput<'members', 'updatePledge'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'updatePledge'>> => {
  const pledge = await deps.pledges.getById(input.id)
  if (!pledge || pledge.communityId !== caller.communityId) throw notFound('pledge')
  const change = input.change
  const staff = isStaff(caller.roles)
  const refusal = whyNotChangePledge(change.kind, pledge, { personId: caller.personId, staff })
  if (refusal) throw REFUSALS[refusal]()
  const now = deps.now()
  const note =
    change.kind === 'progress'
      ? await checkPublishedText(change.text, caller, deps, 'change.text', {
          kind: 'pledgeProgress',
          refId: pledge._id,
          slot: now.toISOString(),
          label: '承诺进展',
        })
      : null
  const reason = change.kind === 'notFulfilled' ? change.reason : null
  await deps.writes.spend()
  const written = await deps.pledges.changeOpen(
    pledge._id,
    { status: statusAfter(change.kind), ...(note ? { progress: { note, at: now } } : {}) },
    reason,
    now,
  )
  if (!written) {
    await deps.writes.refund()
    throw REFUSALS.settled()
  }
  return pledgeView(written, chinaDateOf(now))
}
