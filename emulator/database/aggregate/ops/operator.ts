// Shared shapes and argument helpers for aggregation expression operators.
import { badRequest } from '../../protocol/errors'
import { typeRank, toNumber } from '../../query/bson-values'

export type Evaluate = (expr: unknown) => unknown
export interface OperatorContext {
  evaluate: Evaluate
  /** An evaluator with extra variables in scope ($filter/$map `as`, $let `vars`). */
  scoped: (extra: Record<string, unknown>) => Evaluate
}
export type Operator = (args: unknown, ctx: OperatorContext) => unknown
export type OperatorTable = Record<string, Operator>

/** Operators take `[a, b]` or a single `a`; both forms evaluate to a list of values. */
export function evalArgs(args: unknown, ctx: OperatorContext): unknown[] {
  const list = Array.isArray(args) ? args : [args]
  return list.map((arg) => ctx.evaluate(arg))
}

export function evalArg(args: unknown, ctx: OperatorContext): unknown {
  const list = Array.isArray(args) ? args : [args]
  return ctx.evaluate(list[0])
}

export function isNullish(value: unknown): value is null | undefined {
  return value === null || value === undefined
}

export function asNumber(value: unknown, op: string): number {
  if (typeRank(value) !== 2) throw badRequest(`${op} only supports numeric types`)
  return toNumber(value)
}

/** Unary numeric operator: null in, null out. */
export function numeric(op: string, fn: (n: number) => number): Operator {
  return (args, ctx) => {
    const value = evalArg(args, ctx)
    return isNullish(value) ? null : fn(asNumber(value, op))
  }
}
