// Aggregation expressions: field paths ($a.b), variables ($$ROOT, $$var), literals and operators.
import { badRequest } from '../protocol/errors'
import { isPlainObject } from '../query/bson-values'
import { splitPath } from '../query/paths'
import { EXPRESSION_OPERATORS } from './expression-ops'

export type Variables = Record<string, unknown>
export type Evaluate = (expr: unknown) => unknown

/** Aggregation paths map over arrays: `$items.price` on [{price: 1}, {price: 2}] is [1, 2]. */
export function readAggregationPath(value: unknown, parts: string[]): unknown {
  let current = value
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    if (Array.isArray(current)) {
      const rest = parts.slice(i)
      return current
        .map((item) =>
          isPlainObject(item) || Array.isArray(item) ? readAggregationPath(item, rest) : undefined,
        )
        .filter((item) => item !== undefined)
    }
    if (!isPlainObject(current)) return undefined
    current = current[part]
  }
  return current
}

function readVariable(name: string, root: unknown, vars: Variables): unknown {
  const parts = splitPath(name)
  const head = parts[0] as string
  let base: unknown
  if (head === 'ROOT') base = vars.ROOT ?? root
  else if (head === 'CURRENT') base = vars.CURRENT ?? root
  else if (head === 'REMOVE') return undefined
  else if (head in vars) base = vars[head]
  else throw badRequest(`Use of undefined variable: ${head}`)
  return readAggregationPath(base, parts.slice(1))
}

export function isTruthy(value: unknown): boolean {
  return !(value === undefined || value === null || value === false || value === 0)
}

/** Evaluates an expression against the current document (`root`) and the variables in scope. */
export function evaluateExpression(expr: unknown, root: unknown, vars: Variables = {}): unknown {
  const evaluate: Evaluate = (inner) => evaluateExpression(inner, root, vars)
  if (typeof expr === 'string' && expr.startsWith('$')) {
    if (expr.startsWith('$$')) return readVariable(expr.slice(2), root, vars)
    return readAggregationPath(vars.CURRENT ?? root, splitPath(expr.slice(1)))
  }
  if (Array.isArray(expr)) return expr.map(evaluate)
  if (!isPlainObject(expr)) return expr
  const keys = Object.keys(expr)
  const first = keys[0]
  if (keys.length === 1 && first !== undefined && first.startsWith('$')) {
    const op = EXPRESSION_OPERATORS[first]
    if (!op) throw badRequest(`Unrecognized expression '${first}'`)
    const scoped =
      (extra: Variables): Evaluate =>
      (inner) =>
        evaluateExpression(inner, root, { ...vars, ...extra })
    return op(expr[first], { evaluate, scoped })
  }
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    if (key.startsWith('$')) throw badRequest(`Unrecognized expression '${key}'`)
    const value = evaluate(expr[key])
    if (value !== undefined) out[key] = value
  }
  return out
}
