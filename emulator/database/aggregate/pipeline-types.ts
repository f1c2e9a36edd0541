// Shapes shared by the pipeline runner and the stages that run sub-pipelines ($lookup).
import type { Doc } from '../protocol/ejson'
import type { SqliteStore } from '../store/sqlite-store'
import type { Variables } from './expressions'

export interface Stage {
  name: string
  spec: unknown
}

export interface PipelineContext {
  store: SqliteStore
  vars: Variables
  /** Runs another pipeline (on another collection, with other variables): $lookup's pipeline form. */
  run: (collection: string, stages: Stage[], vars: Variables) => Doc[]
}
