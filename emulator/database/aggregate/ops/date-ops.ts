// Date expression operators ($year, $month, $dateToString, …), with an optional "+08:00" timezone.
import { badRequest } from '../../protocol/errors'
import { isPlainObject } from '../../query/bson-values'
import { isNullish, type Operator, type OperatorContext, type OperatorTable } from './operator'

/** CloudBase users are mostly in UTC+8; MongoDB accepts `{date, timezone: '+08:00'}` forms. */
export function offsetMinutes(timezone: unknown): number {
  if (isNullish(timezone) || timezone === 'UTC' || timezone === 'GMT') return 0
  if (timezone === 'Asia/Shanghai' || timezone === 'Asia/Chongqing') return 480
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(String(timezone))
  if (!match) throw badRequest(`unrecognized time zone identifier: ${String(timezone)}`)
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** The date shifted so that its UTC fields read as local fields in the requested zone. */
export function localDate(args: unknown, ctx: OperatorContext): Date | null {
  const spec: Record<string, unknown> =
    isPlainObject(args) && 'date' in args ? args : { date: Array.isArray(args) ? args[0] : args }
  const date = ctx.evaluate(spec.date)
  if (isNullish(date)) return null
  if (!(date instanceof Date)) throw badRequest("can't convert from BSON type to Date")
  const offset = offsetMinutes(ctx.evaluate(spec.timezone))
  return new Date(date.getTime() + offset * 60_000)
}

export function part(read: (d: Date) => number): Operator {
  return (args, ctx) => {
    const date = localDate(args, ctx)
    return date === null ? null : read(date)
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
}

const dateToString: Operator = (args, ctx) => {
  if (!isPlainObject(args)) throw badRequest('$dateToString requires an object')
  const date = localDate(args, ctx)
  if (date === null) return isNullish(args.onNull) ? null : ctx.evaluate(args.onNull)
  const format = typeof args.format === 'string' ? args.format : '%Y-%m-%dT%H:%M:%S.%LZ'
  const fields: Record<string, string> = {
    Y: String(date.getUTCFullYear()),
    m: pad(date.getUTCMonth() + 1),
    d: pad(date.getUTCDate()),
    H: pad(date.getUTCHours()),
    M: pad(date.getUTCMinutes()),
    S: pad(date.getUTCSeconds()),
    L: pad(date.getUTCMilliseconds(), 3),
    j: pad(dayOfYear(date), 3),
    u: String(date.getUTCDay() || 7),
    '%': '%',
  }
  return format.replace(/%(.)/g, (m, key: string) => fields[key] ?? m)
}

export const DATE_OPERATORS: OperatorTable = {
  $year: part((d) => d.getUTCFullYear()),
  $month: part((d) => d.getUTCMonth() + 1),
  $dayOfMonth: part((d) => d.getUTCDate()),
  $hour: part((d) => d.getUTCHours()),
  $minute: part((d) => d.getUTCMinutes()),
  $second: part((d) => d.getUTCSeconds()),
  $millisecond: part((d) => d.getUTCMilliseconds()),
  $dayOfWeek: part((d) => d.getUTCDay() + 1),
  $isoDayOfWeek: part((d) => d.getUTCDay() || 7),
  $dayOfYear: part(dayOfYear),
  $dateToString: dateToString,
}
