// database.aggregateDocuments: aggregate()…end(); each stage arrives as {stageKey, stageValue (JSON)}.
import { invalidParam } from '../protocol/errors'
import { decodeParam, encodeEJSON } from '../protocol/ejson'
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

export const aggregateDocuments: Action = (body, ctx) => {
  const now = ctx.now()
  const collection = ctx.store.requireCollection(body.collectionName)
  const docs = runPipeline(ctx.store, collection, stagesOf(body.stages, now))
  return success({ data: { list: docs.map((doc) => encodeEJSON(doc)) } })
}
