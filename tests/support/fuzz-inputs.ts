// Generated inputs for any action, derived from its zod input schema: valid-ish shapes mixed with garbage.
import fc from 'fast-check'
import { idSchema } from '@linli/types'
import { z, type ZodTypeAny } from 'zod'
import { BAD_KEYS, garbage, text } from '../fuzz/hostile-values'

export { EDGE_STRINGS, garbage } from '../fuzz/hostile-values'

/** Ids of real things (seeded and created): fed to every id field, so callers aim at others' data. */
export interface IdPool {
  ids: string[]
}

const ABSENT = Symbol('absent')

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
