// MongoDB's value model on EJSON-decoded JS values: type ranks, total order, equality, deep clone.

type BsonLike = { _bsontype?: string }

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function bsonType(value: object): string | undefined {
  return (value as BsonLike)._bsontype
}

const BSON_RANKS: Record<string, number> = {
  MinKey: 0,
  Long: 2,
  Double: 2,
  Int32: 2,
  Decimal128: 2,
  Symbol: 3,
  Binary: 6,
  ObjectID: 7,
  ObjectId: 7,
  Timestamp: 10,
  BSONRegExp: 11,
  MaxKey: 127,
}

/** MongoDB's cross-type sort order: null/missing < numbers < strings < objects < arrays < … < dates. */
export function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 1
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 2
    case 'string':
      return 3
    case 'boolean':
      return 8
  }
  if (value instanceof Date) return 9
  if (Array.isArray(value)) return 5
  const bson = bsonType(value as object)
  if (bson !== undefined) return BSON_RANKS[bson] ?? 4
  return 4
}

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  const v = value as { toNumber?: () => number; value?: number; toString(): string }
  if (typeof v.toNumber === 'function') return v.toNumber()
  if (typeof v.value === 'number') return v.value
  return Number.parseFloat(v.toString())
}

function compareNumbers(a: number, b: number): number {
  // MongoDB sorts NaN below every other number and equal to itself.
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1
  if (Number.isNaN(b)) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Code point order (= UTF-8 byte order, MongoDB's simple collation), not UTF-16 unit order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i)
    let cb = b.charCodeAt(i)
    if (ca === cb) continue
    if (ca >= 0xd800 && cb >= 0xd800) {
      ca = ca >= 0xe000 ? ca - 0x800 : ca + 0x2000
      cb = cb >= 0xe000 ? cb - 0x800 : cb + 0x2000
    }
    return ca - cb
  }
  return a.length - b.length
}

function compareArrays(a: unknown[], b: unknown[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i])
    if (c !== 0) return c
  }
  return a.length - b.length
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  const n = Math.min(ka.length, kb.length)
  for (let i = 0; i < n; i++) {
    const fa = ka[i] as string
    const fb = kb[i] as string
    const byType = typeRank(a[fa]) - typeRank(b[fb])
    if (byType !== 0) return byType
    const byName = compareStrings(fa, fb)
    if (byName !== 0) return byName
    const byValue = compareValues(a[fa], b[fb])
    if (byValue !== 0) return byValue
  }
  return ka.length - kb.length
}

function compareSameRank(rank: number, a: unknown, b: unknown): number {
  switch (rank) {
    case 2:
      return compareNumbers(toNumber(a), toNumber(b))
    case 3:
      return compareStrings(String(a), String(b))
    case 4:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>)
    case 5:
      return compareArrays(a as unknown[], b as unknown[])
    case 8:
      return Number(a) - Number(b)
    case 9:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime())
    case 11: {
      const ra = a as { pattern: string; options: string }
      const rb = b as { pattern: string; options: string }
      return compareStrings(ra.pattern, rb.pattern) || compareStrings(ra.options, rb.options)
    }
    default:
      return compareStrings(String(a), String(b))
  }
}

/** Total order over BSON values, as MongoDB sorts them (null and missing compare equal). */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a)
  const rb = typeRank(b)
  if (ra !== rb) return ra - rb
  if (ra === 1 || ra === 0 || ra === 127) return 0
  return compareSameRank(ra, a, b)
}

/** BSON equality: 1 equals 1.0, objects compare field by field in order. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  return typeRank(a) === typeRank(b) && compareValues(a, b) === 0
}

/** Copies arrays and plain objects; dates are copied, other BSON values are immutable and shared. */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => deepClone(item)) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = deepClone(item)
    return out as T
  }
  return value
}
