// Runs an aggregation pipeline; a leading $match is answered through the query planner (indexes).
import { badRequest } from '../protocol/errors'
import type { Doc } from '../protocol/ejson'
import { compileFilter } from '../query/matcher'
import { parseSortSpec, sortDocs } from '../query/sort'
import { docOf, findRows } from '../store/finder'
import type { SqliteStore } from '../store/sqlite-store'
import type { Variables } from './expressions'
import { geoNearSource } from './geo-near'
import { groupStage, sortByCountStage } from './group'
import { lookupStage } from './lookup'
import type { PipelineContext, Stage } from './pipeline-types'
import {
  addFieldsStage,
  countStage,
  projectStage,
  replaceRootStage,
  unsetStage,
  unwindStage,
} from './stages'

export type { Stage }

type StageRunner = (docs: Doc[], spec: unknown, ctx: PipelineContext) => Doc[]

function count(spec: unknown, name: string): number {
  if (typeof spec !== 'number' || !Number.isInteger(spec) || spec < 0)
    throw badRequest(`${name} must be a non-negative integer`)
  return spec
}

const STAGES: Record<string, StageRunner> = {
  $match: (docs, spec, ctx) => docs.filter(compileFilter(spec, ctx.vars)),
  $project: (docs, spec, ctx) => projectStage(docs, spec, ctx.vars),
  $addFields: (docs, spec, ctx) => addFieldsStage(docs, spec, ctx.vars),
  $set: (docs, spec, ctx) => addFieldsStage(docs, spec, ctx.vars),
  $unset: (docs, spec) => unsetStage(docs, spec),
  $group: (docs, spec, ctx) => groupStage(docs, spec, ctx.vars),
  $sort: (docs, spec) => sortDocs(docs, parseSortSpec(spec), (doc) => doc),
  $skip: (docs, spec) => docs.slice(count(spec, '$skip')),
  $limit: (docs, spec) => docs.slice(0, count(spec, '$limit')),
  $count: (docs, spec) => countStage(docs, spec),
  $unwind: (docs, spec) => unwindStage(docs, spec),
  $lookup: (docs, spec, ctx) => lookupStage(docs, spec, ctx),
  $replaceRoot: (docs, spec, ctx) => replaceRootStage(docs, spec, ctx.vars),
  $sortByCount: (docs, spec, ctx) => sortByCountStage(docs, spec, ctx.vars),
  $geoNear: () => {
    throw badRequest('$geoNear is only valid as the first stage in a pipeline')
  },
  $sample: (docs, spec) => {
    const size = count((spec as { size?: unknown } | null)?.size, '$sample.size')
    return [...docs].sort(() => Math.random() - 0.5).slice(0, size)
  },
}

/** The documents the pipeline starts from: all of them, or those of a leading $match via the planner. */
function source(
  store: SqliteStore,
  collection: string,
  stages: Stage[],
  vars: Variables,
): { docs: Doc[]; rest: Stage[] } {
  if (!store.hasCollection(collection)) return { docs: [], rest: stages }
  const first = stages[0]
  if (first?.name === '$geoNear')
    return { docs: geoNearSource(store, collection, first.spec), rest: stages.slice(1) }
  const leadingMatch = first?.name === '$match' && Object.keys(vars).length === 0
  const filter = leadingMatch ? first.spec : {}
  const found = findRows(store, collection, { filter, sort: [], skip: 0, limit: undefined })
  return { docs: found.map(docOf), rest: leadingMatch ? stages.slice(1) : stages }
}

function runStages(
  store: SqliteStore,
  collection: string,
  stages: Stage[],
  vars: Variables,
): Doc[] {
  const ctx: PipelineContext = { store, vars, run: (c, s, v) => runStages(store, c, s, v) }
  const start = source(store, collection, stages, vars)
  return start.rest.reduce((docs, stage) => {
    const runner = STAGES[stage.name]
    if (!runner) throw badRequest(`Unrecognized pipeline stage name: '${stage.name}'`)
    return runner(docs, stage.spec, ctx)
  }, start.docs)
}

/** A missing collection (only reachable from $lookup) behaves as an empty one, as in MongoDB. */
export function runPipeline(store: SqliteStore, collection: string, stages: Stage[]): Doc[] {
  return runStages(store, collection, stages, {})
}
