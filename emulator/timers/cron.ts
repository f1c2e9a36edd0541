// Pure parser and next-fire-time finder for CloudBase timer triggers' 7-field cron expressions.
//
// Format (CloudBase docs, "定时触发器"): `second minute hour day month weekday year`, each field
// allowing `,` `-` `*` `/`; months also JAN–DEC, weekdays 0–6 (0 = Sunday) or SUN–SAT; years
// 1970–2099. When both day and weekday are restricted they combine with OR, as in classic cron.
// CloudBase evaluates triggers in UTC+8 (China has no daylight saving), so we do too, whatever
// the machine's time zone.

export class CronError extends Error {
  constructor(expression: string, reason: string) {
    super(`invalid cron "${expression}": ${reason}`)
    this.name = 'CronError'
  }
}

export interface CronSchedule {
  readonly expression: string
  readonly seconds: ReadonlySet<number>
  readonly minutes: ReadonlySet<number>
  readonly hours: ReadonlySet<number>
  readonly days: ReadonlySet<number>
  readonly months: ReadonlySet<number>
  readonly weekdays: ReadonlySet<number>
  readonly years: ReadonlySet<number>
  /** `*`-led day / weekday fields do not restrict; only restricted ones take part in the OR. */
  readonly dayRestricted: boolean
  readonly weekdayRestricted: boolean
}

interface FieldSpec {
  label: string
  min: number
  max: number
  names?: readonly string[]
  namesFrom?: number
}

const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
]
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

const FIELDS: readonly FieldSpec[] = [
  { label: 'second', min: 0, max: 59 },
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  { label: 'weekday', min: 0, max: 6, names: WEEKDAY_NAMES, namesFrom: 0 },
  { label: 'year', min: 1970, max: 2099 },
]

export const UTC8_OFFSET_MS = 8 * 60 * 60 * 1000

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== FIELDS.length) {
    throw new CronError(expression, `expected 7 fields, got ${parts.length}`)
  }
  const sets = FIELDS.map((spec, i) => parseField(expression, parts[i] ?? '', spec))
  const at = (i: number): Set<number> => sets[i] ?? new Set()
  return {
    expression,
    seconds: at(0),
    minutes: at(1),
    hours: at(2),
    days: at(3),
    months: at(4),
    weekdays: at(5),
    years: at(6),
    dayRestricted: !(parts[3] ?? '').startsWith('*'),
    weekdayRestricted: !(parts[5] ?? '').startsWith('*'),
  }
}

function parseField(expression: string, text: string, spec: FieldSpec): Set<number> {
  const values = new Set<number>()
  for (const item of text.split(',')) {
    const [rangeText = '', stepText, extra] = item.split('/')
    if (extra !== undefined) throw new CronError(expression, `bad ${spec.label} "${item}"`)
    const step = stepText === undefined ? 1 : parseInteger(expression, stepText, spec)
    if (step < 1) throw new CronError(expression, `bad ${spec.label} step "${item}"`)
    const [from, to] = parseRange(expression, rangeText, spec, stepText !== undefined)
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return values
}

/** `*` → whole range; `a` → a (or a..max when a step follows, as "1/10" means); `a-b` → a..b. */
function parseRange(
  expression: string,
  text: string,
  spec: FieldSpec,
  stepped: boolean,
): [number, number] {
  if (text === '*') return [spec.min, spec.max]
  const [fromText = '', toText, extra] = text.split('-')
  if (extra !== undefined) throw new CronError(expression, `bad ${spec.label} range "${text}"`)
  const from = parseValue(expression, fromText, spec)
  if (toText === undefined) return [from, stepped ? spec.max : from]
  const to = parseValue(expression, toText, spec)
  if (to < from) throw new CronError(expression, `${spec.label} range "${text}" runs backwards`)
  return [from, to]
}

function parseValue(expression: string, text: string, spec: FieldSpec): number {
  const nameIndex = spec.names?.indexOf(text.toUpperCase()) ?? -1
  const value =
    nameIndex >= 0 ? nameIndex + (spec.namesFrom ?? 0) : parseInteger(expression, text, spec)
  if (value < spec.min || value > spec.max) {
    throw new CronError(expression, `${spec.label} ${text} is outside ${spec.min}-${spec.max}`)
  }
  return value
}

function parseInteger(expression: string, text: string, spec: FieldSpec): number {
  if (!/^\d{1,4}$/.test(text)) throw new CronError(expression, `bad ${spec.label} "${text}"`)
  return Number(text)
}

function dayMatches(s: CronSchedule, day: number, weekday: number): boolean {
  const dayOk = s.days.has(day)
  const weekdayOk = s.weekdays.has(weekday)
  if (s.dayRestricted && s.weekdayRestricted) return dayOk || weekdayOk
  return dayOk && weekdayOk
}

/**
 * The first whole second strictly after `afterMs` (epoch ms) that the schedule matches, or null
 * when none is left before 2100. Works on a clock shifted to UTC+8 read with UTC getters, and
 * jumps a whole year/month/day/hour/minute whenever that field cannot match.
 */
export function nextFireTime(s: CronSchedule, afterMs: number): number | null {
  let t = Math.floor((afterMs + UTC8_OFFSET_MS) / 1000) * 1000 + 1000
  for (let guard = 0; guard < 1_000_000; guard += 1) {
    const d = new Date(t)
    const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]
    const [hour, minute] = [d.getUTCHours(), d.getUTCMinutes()]
    if (year > 2099) return null
    if (!s.years.has(year)) t = Date.UTC(year + 1, 0, 1)
    else if (!s.months.has(month + 1)) t = Date.UTC(year, month + 1, 1)
    else if (!dayMatches(s, day, d.getUTCDay())) t = Date.UTC(year, month, day + 1)
    else if (!s.hours.has(hour)) t = Date.UTC(year, month, day, hour + 1)
    else if (!s.minutes.has(minute)) t = Date.UTC(year, month, day, hour, minute + 1)
    else if (!s.seconds.has(d.getUTCSeconds())) t += 1000
    else return t - UTC8_OFFSET_MS
  }
  return null
}
