// The order of a task board (DESIGN §3): overdue first, then urgent, then the nearest due time.
import { isOverdue } from './due-time'

interface Ranked {
  status: string
  dueAt: Date
  urgency: 'normal' | 'urgent'
  createdAt: Date
  _id: string
}

const rank = (r: Ranked, now: Date): number =>
  (isOverdue(r, now) ? 0 : 2) + (r.urgency === 'urgent' ? 0 : 1)

/** A stable total order: the same board reads the same way on every page. */
export const byBoardOrder =
  (now: Date) =>
  (a: Ranked, b: Ranked): number =>
    rank(a, now) - rank(b, now) ||
    a.dueAt.getTime() - b.dueAt.getTime() ||
    b.createdAt.getTime() - a.createdAt.getTime() ||
    (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

/** Ranks a member's specialties first within the same rank (亮特长). */
export const withSpecialtiesFirst =
  <T extends Ranked & { suggestedTeamKinds: readonly string[] }>(
    specialties: readonly string[],
    now: Date,
  ) =>
  (a: T, b: T): number => {
    const order = byBoardOrder(now)
    const fits = (r: T) => (r.suggestedTeamKinds.some((k) => specialties.includes(k)) ? 0 : 1)
    return rank(a, now) - rank(b, now) || fits(a) - fits(b) || order(a, b)
  }
