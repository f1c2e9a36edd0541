// $lookup: the equality form (localField/foreignField) and the let/pipeline form.
import { badRequest } from '../protocol/errors'
import type { Doc } from '../protocol/ejson'
import { deepClone, isPlainObject } from '../query/bson-values'
import { splitPath } from '../query/paths'
import { writeAt } from '../update/path-write'
import { evaluateExpression, readAggregationPath } from './expressions'
import type { PipelineContext, Stage } from './pipeline-types'

function stagesOf(pipeline: unknown): Stage[] {
  if (!Array.isArray(pipeline)) throw badRequest('$lookup pipeline must be an array')
  return pipeline.map((stage) => {
    const name = isPlainObject(stage) ? Object.keys(stage)[0] : undefined
    if (!isPlainObject(stage) || !name || Object.keys(stage).length !== 1)
      throw badRequest('a pipeline stage must be an object with one field')
    return { name, spec: stage[name] }
  })
}

export function lookupStage(docs: Doc[], spec: unknown, ctx: PipelineContext): Doc[] {
  if (!isPlainObject(spec) || typeof spec.from !== 'string' || typeof spec.as !== 'string') {
    throw badRequest('$lookup needs from and as')
  }
  const { from } = spec
  const as = splitPath(spec.as)
  if (spec.pipeline !== undefined || spec.let !== undefined) {
    const stages = stagesOf(spec.pipeline ?? [])
    const lets = isPlainObject(spec.let) ? spec.let : {}
    return docs.map((doc) => {
      const vars: Record<string, unknown> = {}
      for (const [name, expr] of Object.entries(lets))
        vars[name] = evaluateExpression(expr, doc, ctx.vars)
      const out = deepClone(doc)
      writeAt(out, as, ctx.run(from, stages, vars))
      return out
    })
  }
  if (typeof spec.localField !== 'string' || typeof spec.foreignField !== 'string') {
    throw badRequest('$lookup needs localField and foreignField, or a pipeline')
  }
  const local = splitPath(spec.localField)
  const foreignField = spec.foreignField
  return docs.map((doc) => {
    const value = readAggregationPath(doc, local)
    // An array local value joins on any of its elements; a missing one joins on null (MongoDB's rule).
    const values = Array.isArray(value) ? value : [value ?? null]
    const matches = ctx.run(
      from,
      [{ name: '$match', spec: { [foreignField]: { $in: values } } }],
      {},
    )
    const out = deepClone(doc)
    writeAt(out, as, matches)
    return out
  })
}
