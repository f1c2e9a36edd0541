// database.aggregateDocuments: aggregate()…end(); each stage arrives as {stageKey, stageValue (JSON)}.
import { invalidParam } from '../protocol/errors'
import { answerDoc } from '../protocol/answer'
import { decodeParam } from '../protocol/ejson'
import { success } from '../protocol/envelope'
import { isPlainObject } from '../query/bson-values'
import { runPipeline, type Stage } from '../aggregate/pipeline'
import type { Action } from './context'

function stagesOf(raw: unknown, now: Date): Stage[] {
  if (!Array.isArray(raw)) throw invalidParam('stages must be an array')
  return raw.map((stage, i) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string') {
      throw invalidParam(`stages[${i}] must be {stageKey, stageValue}`)
    }
    return {
      name: stage.stageKey,
      spec: decodeParam(`stages[${i}].stageValue`, stage.stageValue, now),
    }
  })
}

/**
 * CloudBase answers an aggregation without a $limit stage with its first 20 documents (as WeChat's
 * cloud functions do, see the conformance test); a pipeline with $limit gets what it asks for.
 */
export const DEFAULT_AGGREGATE_LIMIT = 20

export const aggregateDocuments: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const stages = stagesOf(body.stages, now)
  const docs = runPipeline(ctx.store, collection, stages)
  const limited = stages.some((stage) => stage.name === '$limit')
    ? docs
    : docs.slice(0, DEFAULT_AGGREGATE_LIMIT)
  return success({ data: { list: limited.map((doc) => answerDoc(doc)) } })
}
