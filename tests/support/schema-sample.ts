// A small valid value for a zod (v3) schema: required fields only, the first enum value, the least
// length or number allowed. It lets new actions be called before anyone writes them a sample.
import type { z } from 'zod'

type Def = { typeName: string; [key: string]: any }

export function sampleOf(schema: z.ZodTypeAny): unknown {
  const def = schema._def as Def
  switch (def.typeName) {
    case 'ZodObject': {
      const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>
      const out: Record<string, unknown> = {}
      for (const [k, field] of Object.entries(shape)) {
        if (field.isOptional()) continue
        out[k] = sampleOf(field)
      }
      return out
    }
    case 'ZodString': {
      const min = (def.checks as Array<{ kind: string; value?: number }>).find(
        (c) => c.kind === 'min',
      )
      return 'x'.repeat(Math.max(1, min?.value ?? 1))
    }
    case 'ZodNumber': {
      const min = (def.checks as Array<{ kind: string; value?: number }>).find(
        (c) => c.kind === 'min',
      )
      return min?.value ?? 1
    }
    case 'ZodBoolean':
      return false
    case 'ZodDate':
      return new Date().toISOString()
    case 'ZodEnum':
      return (def.values as unknown[])[0]
    case 'ZodNativeEnum':
      return Object.values(def.values as object)[0]
    case 'ZodLiteral':
      return def.value
    case 'ZodArray': {
      const min = (def.minLength as { value: number } | null)?.value ?? 0
      return Array.from({ length: min }, () => sampleOf(def.type as z.ZodTypeAny))
    }
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return sampleOf([...(def.options as Iterable<z.ZodTypeAny>)][0] as z.ZodTypeAny)
    case 'ZodNullable':
      return null
    case 'ZodDefault':
      return def.defaultValue()
    case 'ZodEffects':
      return sampleOf(def.schema as z.ZodTypeAny)
    case 'ZodOptional':
    case 'ZodBranded':
    case 'ZodReadonly':
      return sampleOf((def.innerType ?? def.type) as z.ZodTypeAny)
    default:
      return undefined
  }
}
