// $slice arguments shared by projection and $push: n, -n, or [skip, n].
import { badRequest } from '../protocol/errors'
import { toNumber } from './bson-values'

export function sliceArray<T>(items: T[], arg: unknown): T[] {
  if (Array.isArray(arg)) {
    if (arg.length !== 2) throw badRequest('$slice array argument must be [skip, limit]')
    const skip = Math.trunc(toNumber(arg[0]))
    const limit = Math.trunc(toNumber(arg[1]))
    if (limit <= 0) throw badRequest('$slice limit must be positive')
    const start = skip < 0 ? Math.max(items.length + skip, 0) : skip
    return items.slice(start, start + limit)
  }
  const n = Math.trunc(toNumber(arg))
  if (Number.isNaN(n)) throw badRequest('$slice needs a number')
  return n >= 0 ? items.slice(0, n) : items.slice(Math.max(items.length + n, 0))
}
