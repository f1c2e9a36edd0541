// db.RegExp / $regex to JS RegExp, with MongoDB's option letters.
import { BSONRegExp } from 'bson'
import { badRequest } from '../protocol/errors'

const cache = new Map<string, RegExp>()

/** Options i, m, s map to JS flags; x (extended) is emulated by dropping unescaped whitespace. */
export function toJsRegExp(pattern: string, options: string): RegExp {
  const key = `${options}/${pattern}`
  const hit = cache.get(key)
  if (hit) return hit
  let source = pattern
  if (options.includes('x'))
    source = source.replace(/\\.|\s+|#[^\n]*/g, (m) => (m[0] === '\\' ? m : ''))
  const flags = [...new Set(options.split('').filter((f) => 'ims'.includes(f)))].join('')
  let regexp: RegExp
  try {
    regexp = new RegExp(source, flags + 'u')
  } catch {
    try {
      regexp = new RegExp(source, flags)
    } catch (error) {
      throw badRequest(`invalid regular expression /${pattern}/: ${(error as Error).message}`)
    }
  }
  if (cache.size > 1000) cache.clear()
  cache.set(key, regexp)
  return regexp
}

export function isBsonRegExp(value: unknown): value is BSONRegExp {
  return value instanceof BSONRegExp
}

export function regexTester(value: BSONRegExp): (candidate: unknown) => boolean {
  const regexp = toJsRegExp(value.pattern, value.options)
  return (candidate) => typeof candidate === 'string' && regexp.test(candidate)
}
