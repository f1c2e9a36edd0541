// Staff's one queue of held texts (notices, request texts, pledges, service notes): list, decide.
import {
  HELD_TEXT,
  REJECTED_TEXT,
  type ModerationDoc,
  type ModerationStatus,
  type ParsedInput,
  type HeldKind,
} from '@linli/types'
import { AppError, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { publishNotice } from '../notices/publish-notice'

export const listHeld = async (
  input: ParsedInput<'notices', 'listHeld'>,
  caller: Caller,
  deps: Deps,
) => {
  const page = await deps.moderation.listHeld(caller.communityId, input)
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({
      id: item._id,
      kind: item.kind,
      label: item.label,
      text: item.text,
      authorName: item.authorName,
      createdAt: item.createdAt.toISOString(),
    })),
  }
}

type Apply = (item: ModerationDoc, approved: boolean, deps: Deps, now: Date) => Promise<void>

/** Approving a notice publishes it; refusing keeps it from everyone. */
const applyToNotice: Apply = async (item, approved, deps, now) => {
  // Read while the allowance was spent (see reviewHeld): this read answers with it.
  const notice = await deps.notices.getById(item.refId)
  if (!notice || notice.status !== 'held') return
  if (!approved) {
    await deps.notices.updateIf(notice._id, ['held'], { status: 'rejected', updatedAt: now })
    return
  }
  const due = await deps.notices.updateIf(notice._id, ['held'], {
    status: 'scheduled',
    scheduledAt: now,
    updatedAt: now,
  })
  // Of two deciding at once one publishes; a crash after this leaves it for the delivery timer.
  if (due) await publishNotice({ ...notice, status: 'scheduled', scheduledAt: now }, deps, now)
}

/**
 * Every application is idempotent (set operations, writes conditional on the placeholder still
 * being there): a review retried after a crash applies again without harm.
 */
const APPLY: Record<HeldKind, Apply> = {
  notice: applyToNotice,
  requestText: (item, approved, deps) =>
    deps.requests.releaseText(item.refId, item.textHash, approved),
  pledge: (item, approved, deps) =>
    deps.pledges.replaceHeldText(item.refId, HELD_TEXT, approved ? item.text : REJECTED_TEXT),
  pledgeProgress: (item, approved, deps) =>
    deps.pledges.replaceHeldProgress(
      item.refId,
      item.slot ?? '',
      HELD_TEXT,
      approved ? item.text : REJECTED_TEXT,
    ),
  serviceNote: (item, approved, deps) =>
    deps.serviceRecords.replaceHeldNote(
      item.refId,
      HELD_TEXT,
      approved ? item.text : REJECTED_TEXT,
    ),
}

/**
 * Staff decide once: the item is marked first, so two reviewers never both apply opposite
 * decisions; the same decision sent again (a retry after a lost answer) is applied again, safely.
 */
export const reviewHeld = async (
  input: ParsedInput<'notices', 'review'>,
  caller: Caller,
  deps: Deps,
) => {
  // The item was read ahead with the caller.
  const item = await deps.moderation.getById(input.id)
  if (!item || item.communityId !== caller.communityId) throw notFound('held item')
  const decision = input.decision === 'approve' ? 'approved' : 'rejected'
  const status: ModerationStatus = decision
  const now = deps.now()
  // The notice it holds back is read while the allowance is spent, for applying the decision.
  if (item.kind === 'notice') deps.notices.readAhead(item.refId)
  await deps.writes.spend()
  const decided =
    item.status === 'held'
      ? await deps.moderation.decide(item._id, decision, caller.personId ?? caller.openid, now)
      : null
  const current = decided ?? (await deps.moderation.getById(item._id))
  if (current?.status !== status) {
    throw new AppError('MODERATION.ALREADY_DECIDED', 'the item was decided otherwise already')
  }
  await APPLY[item.kind](item, status === 'approved', deps, now)
  return { id: item._id, status }
}
