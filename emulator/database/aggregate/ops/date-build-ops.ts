// Week numbers ($week, $isoWeek, $isoWeekYear) and building dates ($dateFromParts, $dateFromString).
import { badRequest } from '../../protocol/errors'
import { isPlainObject, toNumber } from '../../query/bson-values'
import { dayOfYear, offsetMinutes, part } from './date-ops'
import { isNullish, type Operator, type OperatorContext, type OperatorTable } from './operator'

const DAY_MS = 86_400_000

/** The Thursday of the date's ISO week decides its ISO year (ISO 8601: weeks start on Monday). */
function isoThursday(d: Date): Date {
  const mondayBased = (d.getUTCDay() + 6) % 7
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3 - mondayBased))
}

function isoWeek(d: Date): number {
  const thursday = isoThursday(d)
  return (
    Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY_MS / 7) + 1
  )
}

/** $week: weeks start on Sunday; days before the year's first Sunday are week 0 (strftime %U). */
const week = (d: Date): number => Math.floor((dayOfYear(d) - 1 + 7 - d.getUTCDay()) / 7)

function spec(args: unknown, op: string): Record<string, unknown> {
  if (!isPlainObject(args)) throw badRequest(`${op} requires an object`)
  return args
}

function evaluated(s: Record<string, unknown>, ctx: OperatorContext, name: string, dflt: number) {
  const value = ctx.evaluate(s[name])
  if (value === undefined) return dflt
  return isNullish(value) ? null : toNumber(value)
}

const dateFromParts: Operator = (args, ctx) => {
  const s = spec(args, '$dateFromParts')
  const iso = 'isoWeekYear' in s
  const names = iso
    ? ['isoWeekYear', 'isoWeek', 'isoDayOfWeek', 'hour', 'minute', 'second', 'millisecond']
    : ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond']
  const values = names.map((name, i) => evaluated(s, ctx, name, i > 0 && i < 3 ? 1 : 0))
  if (values.some((value) => value === null)) return null
  const [a, b, c, h, mi, se, ms] = values as number[]
  const offset = offsetMinutes(ctx.evaluate(s.timezone)) * 60_000
  if (!iso) return new Date(Date.UTC(a ?? 0, (b ?? 1) - 1, c ?? 1, h, mi, se, ms) - offset)
  // ISO week 1 is the week holding January 4th.
  const jan4 = new Date(Date.UTC(a ?? 0, 0, 4))
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS
  const days = ((b ?? 1) - 1) * 7 + ((c ?? 1) - 1)
  const time = Date.UTC(1970, 0, 1, h, mi, se, ms)
  return new Date(week1Monday + days * DAY_MS + time - offset)
}

const FORMAT_PARTS: Record<string, string> = {
  Y: '(?<Y>\\d{4})',
  m: '(?<m>\\d{1,2})',
  d: '(?<d>\\d{1,2})',
  H: '(?<H>\\d{1,2})',
  M: '(?<M>\\d{1,2})',
  S: '(?<S>\\d{1,2})',
  L: '(?<L>\\d{1,3})',
  z: '(?<z>[+-]\\d{2}:?\\d{2}|Z)',
  Z: '(?<Zm>[+-]\\d+)',
  '%': '%',
}
const DEFAULT_FORMAT =
  /^(?<Y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.(?<L>\d{1,3}))?)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?$/

function formatPattern(format: string): RegExp {
  const escaped = format.replace(
    /%(.)|([.*+?^${}()|[\]\\])/g,
    (_match, token?: string, special?: string) => {
      if (special) return `\\${special}`
      const part = token === undefined ? undefined : FORMAT_PARTS[token]
      if (part === undefined)
        throw badRequest(`Invalid format character '%${token}' in format string`)
      return part
    },
  )
  return new RegExp(`^${escaped}$`)
}

function parseDate(text: string, format: string | undefined, timezone: unknown): Date {
  const match = (format ? formatPattern(format) : DEFAULT_FORMAT).exec(text.trim())
  const g = match?.groups
  if (!g || g.Y === undefined) throw badRequest(`Error parsing date string '${text}'`)
  const n = (key: string, dflt: number): number => (g[key] === undefined ? dflt : Number(g[key]))
  const ms = Number((g.L ?? '0').padEnd(3, '0'))
  const local = Date.UTC(n('Y', 0), n('m', 1) - 1, n('d', 1), n('H', 0), n('M', 0), n('S', 0), ms)
  const zone = g.z ?? (g.Zm === undefined ? undefined : g.Zm)
  let offset: number
  if (zone === 'Z') offset = 0
  else if (g.Zm !== undefined) offset = Number(g.Zm)
  else if (zone !== undefined) offset = offsetMinutes(zone)
  else offset = offsetMinutes(timezone)
  const date = new Date(local - offset * 60_000)
  if (Number.isNaN(date.getTime())) throw badRequest(`Error parsing date string '${text}'`)
  return date
}

const dateFromString: Operator = (args, ctx) => {
  const s = spec(args, '$dateFromString')
  const text = ctx.evaluate(s.dateString)
  if (isNullish(text)) return 'onNull' in s ? ctx.evaluate(s.onNull) : null
  const format = ctx.evaluate(s.format)
  try {
    if (typeof text !== 'string')
      throw badRequest('$dateFromString requires dateString to be a string')
    return parseDate(
      text,
      typeof format === 'string' ? format : undefined,
      ctx.evaluate(s.timezone),
    )
  } catch (error) {
    if ('onError' in s) return ctx.evaluate(s.onError)
    throw error
  }
}

export const DATE_BUILD_OPERATORS: OperatorTable = {
  $week: part(week),
  $isoWeek: part(isoWeek),
  $isoWeekYear: part((d) => isoThursday(d).getUTCFullYear()),
  $dateFromParts: dateFromParts,
  $dateFromString: dateFromString,
}
