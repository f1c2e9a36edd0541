// Generated inputs for any action, derived from its zod input schema: valid-ish shapes mixed with garbage.
import fc from 'fast-check'
import { idSchema } from '@linli/types'
import { z, type ZodTypeAny } from 'zod'

/** Ids of real things (seeded and created): fed to every id field, so callers aim at others' data. */
export interface IdPool {
  ids: string[]
}

const ABSENT = Symbol('absent')

/** Strings that break naive code: lone surrogates, bidi and zero-width marks, 4-byte emoji, NUL. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\n\t',
  '\uD800',
  'ab\uDC00cd',
  '\uDBFF\uDFFF',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'a\u200Bb\u200Dc\uFEFF',
  '😀'.repeat(40),
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '𠀀𪚥𰻞',
  '\u0000',
  'e\u0301\u0301\u0301',
  '１３８０００００００１',
  '$where',
  '__proto__',
  'constructor',
  'a.b.c',
  '<script>alert(1)</script>',
  "'; DROP TABLE requests; --",
  '%s%n%x',
  '../../etc/passwd',
  'cloud://',
  'null',
  '0',
] as const

/** Personal data people really type, so lists and masked views get something to leak. */
const PERSONAL_BITS = [
  '13800000000',
  '138 0000 0011',
  '138-0000-0200',
  '+86 138 0000 0201',
  '１３８０００００２０４',
  '1单元101',
  '2单元201室',
  '3单元 301',
  '5号楼502',
  '142202198001011234',
  '0350-5123456',
]

const CHINESE = fc.constantFrom(...'楼道灯坏了下水堵塞暖气不热请帮忙看一下谢谢邻居老人')
const textUnit = fc.oneof(
  { arbitrary: CHINESE, weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.constantFrom(...EDGE_STRINGS.filter((s) => s.length > 0)), weight: 1 },
  { arbitrary: fc.constantFrom(...PERSONAL_BITS), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }), weight: 1 },
)
const text = (min: number, max: number) =>
  fc
    .array(textUnit, { minLength: Math.max(1, min), maxLength: Math.max(1, Math.min(max, 40)) })
    .map((parts) => parts.join(''))

const huge = fc
  .constantFrom(65, 201, 501, 5_001, 70_000, 1_100_000)
  .chain((n) => fc.constantFrom('字'.repeat(n), 'a'.repeat(n), '😀'.repeat(Math.ceil(n / 2))))

const OPERATORS: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $exists: true },
  { $in: ['demo-resident', 'bldg-01'] },
  { $regex: '.*' },
  { $where: 'function () { while (true) {} }' },
  { $where: 'sleep(5000)' },
  { $set: { status: 'closed', reporterOpenid: 'demo-staff' } },
  { $expr: { $eq: [1, 1] } },
  { 'a.b': 1 },
  { $numberLong: '1' },
  { $date: 0 },
  { $oid: '000000000000000000000000' },
  { $tcb_server_date: { offset: 0 } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
]

/** Keys that should never get through: operators, dotted paths, identity smuggling, prototype. */
const BAD_KEYS = fc.constantFrom(
  '$where',
  '$gt',
  '$set',
  'a.b',
  'status.$',
  '_id',
  'openid',
  'WX_OPENID',
  'communityId',
  'reporterOpenid',
  'roles',
  '__proto__',
  'constructor',
  '',
  '\uD800',
)

/** Anything at all: wrong types, operators, huge and broken strings, nested junk. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -0, 1e308, ''),
  fc.integer(),
  fc.double(),
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  huge,
  fc.constantFrom(...OPERATORS),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom(...OPERATORS)), { maxLength: 5 }),
  fc.dictionary(BAD_KEYS, fc.oneof(fc.string(), fc.constantFrom(...OPERATORS)), { maxKeys: 3 }),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
  fc.constant(nested(200)),
)

function nested(depth: number): unknown {
  let value: unknown = 'deep'
  for (let i = 0; i < depth; i += 1) value = { a: value }
  return value
}

type Check = { kind: string; value?: number; regex?: RegExp }

const stringArb = (schema: z.ZodString): fc.Arbitrary<string> => {
  const checks = schema._def.checks as Check[]
  const min = checks.find((c) => c.kind === 'min')?.value ?? 0
  const max = checks.find((c) => c.kind === 'max')?.value ?? 200
  const regex = checks.find((c) => c.kind === 'regex')?.regex
  if (regex) {
    return fc.oneof(
      fc.stringMatching(regex).filter((s) => s.length <= max),
      fc.uuid().map((u) => `cloud://linli-local.${u}/photos/${u}.jpg`),
    )
  }
  if (checks.some((c) => c.kind === 'datetime')) {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
  }
  // clientRequestId-like keys: fresh ones mostly, a few shared so retries and collisions happen.
  if (min >= 8) return fc.oneof(fc.uuid(), fc.constantFrom('fuzz-key-0001', 'fuzz-key-0002'))
  return fc.oneof(
    { arbitrary: text(min, max), weight: 8 },
    { arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 64) }), weight: 2 },
  )
}

const numberArb = (schema: z.ZodNumber): fc.Arbitrary<number> => {
  const checks = schema._def.checks as Check[]
  const min = checks.find((c) => c.kind === 'min')?.value ?? -1000
  const max = checks.find((c) => c.kind === 'max')?.value ?? 1000
  return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min - 1, max + 1, 0.5))
}

/** A value the schema would (mostly) accept; ids come from the pool of real ones. */
export const validish = (schema: ZodTypeAny, pool: IdPool, depth = 0): fc.Arbitrary<unknown> => {
  if (schema === idSchema) {
    // Read at generation time: the pool grows as the fuzz run creates requests.
    return fc.oneof(
      { arbitrary: fc.nat().map((n) => pool.ids[n % pool.ids.length] ?? 'x'), weight: 8 },
      { arbitrary: fc.string({ minLength: 1, maxLength: 64 }), weight: 1 },
    )
  }
  if (schema instanceof z.ZodObject) return objectArb(schema, pool, depth, false)
  if (schema instanceof z.ZodString) return stringArb(schema)
  if (schema instanceof z.ZodNumber) return numberArb(schema)
  if (schema instanceof z.ZodBoolean) return fc.boolean()
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as string[]))
  if (schema instanceof z.ZodLiteral) return fc.constant(schema.value)
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return validish(schema.unwrap() as ZodTypeAny, pool, depth)
  }
  if (schema instanceof z.ZodDefault) return validish(schema.removeDefault(), pool, depth)
  if (schema instanceof z.ZodEffects) return validish(schema.innerType(), pool, depth)
  if (schema instanceof z.ZodArray) {
    const max = (schema._def.maxLength?.value as number | undefined) ?? 5
    return fc.array(mutated(schema.element, pool, depth + 1), { maxLength: Math.min(max + 1, 12) })
  }
  if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion) {
    const options = [...(schema.options as Iterable<ZodTypeAny>)]
    return fc.oneof(...options.map((o) => validish(o, pool, depth)))
  }
  throw new Error(`fuzz-inputs: no generator for ${schema.constructor.name}; add one`)
}

/** A valid-ish value, or now and then garbage in its place. */
const mutated = (schema: ZodTypeAny, pool: IdPool, depth: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: validish(schema, pool, depth), weight: 12 },
    { arbitrary: garbage, weight: depth > 2 ? 0 : 1 },
  )

/** Noisy objects get garbage in some fields, required ones left out, and bad keys added. */
const objectArb = (
  schema: z.ZodObject<z.ZodRawShape>,
  pool: IdPool,
  depth: number,
  noisy: boolean,
): fc.Arbitrary<Record<string, unknown>> => {
  const fields = Object.entries(schema.shape as Record<string, ZodTypeAny>).map(([key, field]) => {
    const value = noisy ? mutated(field, pool, depth + 1) : validish(field, pool, depth + 1)
    // Optional fields are left out half the time, required ones now and then when noisy.
    const absent = field.isOptional() ? 6 : noisy ? 1 : 0
    return fc
      .oneof({ arbitrary: value, weight: 12 }, { arbitrary: fc.constant(ABSENT), weight: absent })
      .map((v) => [key, v] as const)
  })
  const extras = fc.oneof(
    { arbitrary: fc.constant({}), weight: 12 },
    { arbitrary: fc.dictionary(BAD_KEYS, garbage, { maxKeys: 2 }), weight: noisy ? 2 : 0 },
  )
  return fc.tuple(fc.tuple(...fields), extras).map(([entries, extra]) => {
    const out: Record<string, unknown> = {}
    // defineProperty: a "__proto__" key must become an own key, as JSON.parse would make it.
    for (const [k, v] of Object.entries(extra)) {
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    for (const [key, v] of entries) if (v !== ABSENT) out[key] = v
    return out
  })
}

/** Like validish, with garbage in fields and extra keys: what a broken or hostile client sends. */
const noisy = (schema: ZodTypeAny, pool: IdPool): fc.Arbitrary<unknown> => {
  let inner = schema
  while (inner instanceof z.ZodEffects || inner instanceof z.ZodDefault) {
    inner = inner instanceof z.ZodEffects ? inner.innerType() : inner.removeDefault()
  }
  return inner instanceof z.ZodObject ? objectArb(inner, pool, 0, true) : mutated(schema, pool, 0)
}

/** How often each kind of input comes up: valid-ish, noisy (garbage in fields), garbage alone. */
export interface InputMix {
  valid: number
  noisy: number
  garbage: number
}

/** An action's `data`: the schema's shape, the shape with garbage in it, or garbage alone. */
export const fuzzInput = (
  schema: ZodTypeAny,
  pool: IdPool,
  mix: InputMix = { valid: 4, noisy: 4, garbage: 1 },
): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: validish(schema, pool), weight: mix.valid },
    { arbitrary: noisy(schema, pool), weight: mix.noisy },
    { arbitrary: garbage, weight: mix.garbage },
  )
