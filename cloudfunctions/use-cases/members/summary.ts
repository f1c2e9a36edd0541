// members.summary: services, hours, points and pledges kept per member and period, ranked; a
// member's own by month (我的纪实), everyone's for staff, as CSV for a unit's Party organisation.
import type { ActionOutput, ParsedInput, Person, PledgeDoc, SummaryRow } from '@linli/types'
import { isStaff } from '../../domain/actor'
import { toCsv } from '../../domain/csv'
import { byMonthOfYear, monthsOf, rankRows, totalsByMember } from '../../domain/service-summary'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { loadOrgNames } from './member-views'

const CSV_HEADER = ['姓名', '单位', '服务次数', '服务时长（小时）', '积分', '兑现承诺', '到期承诺']

/** The members the caller may summarise: themself, or (staff) one member, one unit's, or all. */
const membersInView = async (
  input: ParsedInput<'members', 'summary'>,
  caller: Caller,
  deps: Deps,
): Promise<Person[]> => {
  if (!isStaff(caller.roles)) {
    if (input.memberId !== undefined && input.memberId !== caller.personId) throw notFound('member')
    if (input.unitId !== undefined) throw notFound('unit')
    return caller.person ? [caller.person] : []
  }
  const all = await deps.members.listAll(caller.communityId)
  return all.filter(
    (p) =>
      (input.memberId === undefined || p._id === input.memberId) &&
      (input.unitId === undefined || p.member?.unitId === input.unitId),
  )
}

const pledgesIn = (pledges: readonly PledgeDoc[], months: readonly string[], memberId: string) => {
  const due = pledges.filter(
    (p) => p.memberId === memberId && months.includes(p.dueDate.slice(0, 7)),
  )
  return { due: due.length, kept: due.filter((p) => p.status === 'fulfilled').length }
}

export const memberSummary = async (
  input: ParsedInput<'members', 'summary'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'summary'>> => {
  const members = await membersInView(input, caller, deps)
  const ids = members.map((m) => m._id)
  const single =
    input.memberId ?? (isStaff(caller.roles) ? undefined : (caller.personId ?? undefined))
  const months = monthsOf(input.year, input.month)
  const [yearRecords, pledges, names] = await Promise.all([
    deps.serviceRecords.verifiedIn(caller.communityId, monthsOf(input.year), single),
    deps.pledges.listByMembers(ids),
    loadOrgNames(caller.communityId, deps),
  ])
  const inView = yearRecords.filter((r) => r.memberId !== null && ids.includes(r.memberId))
  const totals = totalsByMember(inView.filter((r) => months.includes(r.month)))
  const rows: SummaryRow[] = rankRows(
    members.map((m) => {
      const t = totals.get(m._id) ?? { services: 0, hours: 0, points: 0 }
      const p = pledgesIn(pledges, months, m._id)
      const unitId = m.member?.unitId ?? null
      return {
        memberId: m._id,
        name: m.name,
        unitName: unitId ? (names.units.get(unitId) ?? null) : null,
        ...t,
        pledgesKept: p.kept,
        pledgesDue: p.due,
      }
    }),
  )
  const csv =
    input.format === 'csv'
      ? toCsv(
          CSV_HEADER,
          rows.map((r) => [
            r.name,
            r.unitName,
            r.services,
            r.hours,
            r.points,
            r.pledgesKept,
            r.pledgesDue,
          ]),
        )
      : null
  const period = input.month ? (months[0] ?? `${input.year}`) : `${input.year}`
  return { period, rows, byMonth: byMonthOfYear(inView, input.year), csv }
}
