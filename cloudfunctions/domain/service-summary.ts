// A member's service per period (DESIGN §4): totals of verified records, by month and ranked. No I/O.

export interface CountedRecord {
  memberId: string | null
  month: string
  hours: number
  points: number
}

export interface Totals {
  services: number
  hours: number
  points: number
}

const round1 = (n: number) => Math.round(n * 10) / 10

const add = (t: Totals, r: CountedRecord): Totals => ({
  services: t.services + 1,
  hours: round1(t.hours + r.hours),
  points: round1(t.points + r.points),
})

const ZERO: Totals = { services: 0, hours: 0, points: 0 }

/** Totals per member id (records of teams, with no member, are left out). */
export const totalsByMember = (records: readonly CountedRecord[]): Map<string, Totals> => {
  const totals = new Map<string, Totals>()
  for (const r of records) {
    if (r.memberId === null) continue
    totals.set(r.memberId, add(totals.get(r.memberId) ?? ZERO, r))
  }
  return totals
}

/** Every month of `year` (`YYYY-MM`), with zeros where nothing was done: the chart's bars. */
export const byMonthOfYear = (
  records: readonly CountedRecord[],
  year: number,
): ({ month: string } & Totals)[] =>
  Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    const totals = records.filter((r) => r.month === month).reduce(add, ZERO)
    return { month, ...totals }
  })

/** Highest points first; ties by more hours, then by name so the order is stable. */
export const rankRows = <T extends { points: number; hours: number; name: string }>(
  rows: readonly T[],
): T[] =>
  [...rows].sort(
    (a, b) => b.points - a.points || b.hours - a.hours || a.name.localeCompare(b.name, 'zh'),
  )

/** The months a period covers: one month, or all twelve of a year. */
export const monthsOf = (year: number, month?: number): string[] =>
  month === undefined
    ? // Stryker disable next-line ArrayDeclaration: only the month keys are read here and records never change them
      byMonthOfYear([], year).map((m) => m.month)
    : [`${year}-${String(month).padStart(2, '0')}`]
