// $group with its accumulators ($sum, $avg, $min, $max, $first, $last, $push, $addToSet, $mergeObjects, $stdDev*) and $sortByCount.
import { badRequest } from '../protocol/errors'
import { encodeEJSON, type Doc } from '../protocol/ejson'
import { compareValues, isPlainObject, toNumber, typeRank, valuesEqual } from '../query/bson-values'
import { evaluateExpression, type Variables } from './expressions'

interface Accumulator {
  add(value: unknown): void
  result(): unknown
}

const numeric = (value: unknown): boolean => typeRank(value) === 2

function stdDev(sample: boolean): () => Accumulator {
  return () => {
    const values: number[] = []
    return {
      add: (value) => void (numeric(value) && values.push(toNumber(value))),
      result: () => {
        const n = values.length - (sample ? 1 : 0)
        if (n <= 0) return null
        const mean = values.reduce((a, b) => a + b, 0) / values.length
        return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n)
      },
    }
  }
}

function extreme(direction: 1 | -1): () => Accumulator {
  return () => {
    let best: unknown
    return {
      add: (value) => {
        if (value === undefined || value === null) return
        if (best === undefined || compareValues(value, best) * direction > 0) best = value
      },
      result: () => best ?? null,
    }
  }
}

const ACCUMULATORS: Record<string, () => Accumulator> = {
  $sum: () => {
    let sum = 0
    return { add: (value) => void (numeric(value) && (sum += toNumber(value))), result: () => sum }
  },
  $avg: () => {
    let sum = 0
    let n = 0
    return {
      add: (value) => void (numeric(value) && ((sum += toNumber(value)), n++)),
      result: () => (n ? sum / n : null),
    }
  },
  $min: extreme(-1),
  $max: extreme(1),
  $first: () => {
    let first: unknown
    let seen = false
    return {
      add: (value) => void (seen || ((first = value), (seen = true))),
      result: () => first ?? null,
    }
  },
  $last: () => {
    let last: unknown
    return { add: (value) => void (last = value), result: () => last ?? null }
  },
  $push: () => {
    const items: unknown[] = []
    return { add: (value) => void (value !== undefined && items.push(value)), result: () => items }
  },
  $addToSet: () => {
    const items: unknown[] = []
    return {
      add: (value) =>
        void (
          value !== undefined &&
          !items.some((item) => valuesEqual(item, value)) &&
          items.push(value)
        ),
      result: () => items,
    }
  },
  // $mergeObjects as an accumulator: later documents' fields win; null and missing are skipped.
  $mergeObjects: () => {
    const merged: Doc = {}
    return {
      add: (value) => {
        if (value === undefined || value === null) return
        if (!isPlainObject(value)) throw badRequest('$mergeObjects requires object inputs')
        for (const [key, item] of Object.entries(value)) merged[key] = item
      },
      result: () => merged,
    }
  },
  $stdDevPop: stdDev(false),
  $stdDevSamp: stdDev(true),
}

function parseFields(
  spec: Record<string, unknown>,
): Array<{ field: string; op: string; expr: unknown }> {
  return Object.entries(spec)
    .filter(([field]) => field !== '_id')
    .map(([field, value]) => {
      const op = isPlainObject(value) ? Object.keys(value)[0] : undefined
      if (!isPlainObject(value) || Object.keys(value).length !== 1 || !op || !ACCUMULATORS[op]) {
        throw badRequest(`The field '${field}' must be an accumulator object`)
      }
      return { field, op, expr: value[op] }
    })
}

/** Groups keep the order in which their first document arrived. */
export function groupStage(docs: Doc[], spec: unknown, vars: Variables): Doc[] {
  if (!isPlainObject(spec) || !('_id' in spec))
    throw badRequest('a group specification must include an _id')
  const fields = parseFields(spec)
  const groups = new Map<string, { id: unknown; accs: Accumulator[] }>()
  for (const doc of docs) {
    const id = evaluateExpression(spec._id, doc, vars) ?? null
    const key = encodeEJSON({ k: id })
    let group = groups.get(key)
    if (!group) {
      group = { id, accs: fields.map(({ op }) => (ACCUMULATORS[op] as () => Accumulator)()) }
      groups.set(key, group)
    }
    fields.forEach(({ expr }, i) => group.accs[i]?.add(evaluateExpression(expr, doc, vars)))
  }
  return [...groups.values()].map(({ id, accs }) => {
    const out: Doc = { _id: id }
    fields.forEach(({ field }, i) => (out[field] = accs[i]?.result()))
    return out
  })
}

export function sortByCountStage(docs: Doc[], spec: unknown, vars: Variables): Doc[] {
  const groups = groupStage(docs, { _id: spec, count: { $sum: 1 } }, vars)
  return groups.sort((a, b) => toNumber(b.count) - toNumber(a.count))
}
