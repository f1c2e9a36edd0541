// Comparison, boolean, conditional and literal expression operators.
import { badRequest } from '../../protocol/errors'
import { compareValues, isPlainObject } from '../../query/bson-values'
import { evalArg, evalArgs, isNullish, type Operator, type OperatorTable } from './operator'

const truthy = (value: unknown): boolean =>
  !(value === undefined || value === null || value === false || value === 0)

function comparison(accept: (order: number) => boolean): Operator {
  return (args, ctx) => {
    const [a, b] = evalArgs(args, ctx)
    return accept(compareValues(a ?? null, b ?? null))
  }
}

const cond: Operator = (args, ctx) => {
  const [test, then, otherwise] = Array.isArray(args)
    ? args
    : isPlainObject(args)
      ? [args.if, args.then, args.else]
      : []
  return truthy(ctx.evaluate(test)) ? ctx.evaluate(then) : ctx.evaluate(otherwise)
}

const ifNull: Operator = (args, ctx) => {
  const list = Array.isArray(args) ? args : [args]
  for (const arg of list) {
    const value = ctx.evaluate(arg)
    if (!isNullish(value)) return value
  }
  return null
}

const switchOp: Operator = (args, ctx) => {
  if (!isPlainObject(args) || !Array.isArray(args.branches))
    throw badRequest('$switch requires branches')
  for (const branch of args.branches) {
    if (isPlainObject(branch) && truthy(ctx.evaluate(branch.case))) return ctx.evaluate(branch.then)
  }
  if (!('default' in args)) throw badRequest('$switch could not find a matching branch')
  return ctx.evaluate(args.default)
}

const letOp: Operator = (args, ctx) => {
  if (!isPlainObject(args) || !isPlainObject(args.vars)) throw badRequest('$let requires vars')
  const extra: Record<string, unknown> = {}
  for (const [name, expr] of Object.entries(args.vars)) extra[name] = ctx.evaluate(expr)
  return ctx.scoped(extra)(args.in)
}

export const LOGIC_OPERATORS: OperatorTable = {
  $eq: comparison((order) => order === 0),
  $ne: comparison((order) => order !== 0),
  $gt: comparison((order) => order > 0),
  $gte: comparison((order) => order >= 0),
  $lt: comparison((order) => order < 0),
  $lte: comparison((order) => order <= 0),
  $cmp: (args, ctx) => {
    const [a, b] = evalArgs(args, ctx)
    return Math.sign(compareValues(a ?? null, b ?? null))
  },
  $and: (args, ctx) =>
    (Array.isArray(args) ? args : [args]).every((arg) => truthy(ctx.evaluate(arg))),
  $or: (args, ctx) =>
    (Array.isArray(args) ? args : [args]).some((arg) => truthy(ctx.evaluate(arg))),
  $not: (args, ctx) => !truthy(evalArg(args, ctx)),
  $cond: cond,
  $ifNull: ifNull,
  $switch: switchOp,
  $let: letOp,
  $literal: (args) => args,
}
