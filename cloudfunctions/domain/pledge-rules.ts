// 亮承诺 rules (DESIGN §4): what each change may do to a pledge, and when one is overdue. No I/O.
import type { PledgeStatus } from '@linli/types'

export type PledgeChangeKind = 'progress' | 'fulfilled' | 'notFulfilled'
export type PledgeRefusal = 'notOwner' | 'notStaff' | 'settled'

/** Overdue: still open after its due date (a China calendar date; due today is not overdue). */
export const pledgeOverdue = (p: { status: PledgeStatus; dueDate: string }, today: string) =>
  p.status === 'open' && today > p.dueDate

/**
 * The member posts progress and marks their own pledge fulfilled; only staff mark it not fulfilled.
 * A settled pledge (fulfilled or not) takes no more changes.
 */
export const whyNotChangePledge = (
  change: PledgeChangeKind,
  pledge: { status: PledgeStatus; memberId: string },
  actor: { personId: string | null; staff: boolean },
): PledgeRefusal | null => {
  if (change === 'notFulfilled') {
    if (!actor.staff) return 'notStaff'
  } else if (actor.personId !== pledge.memberId) return 'notOwner'
  return pledge.status === 'open' ? null : 'settled'
}

export const statusAfter = (change: PledgeChangeKind): PledgeStatus =>
  change === 'progress' ? 'open' : change
