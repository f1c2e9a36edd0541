// What use cases are given: repositories and a clock, so they never reach for I/O themselves.
import type { FileRepository } from '../data/file.repository'
import type { LimitHitRepository } from '../data/limit-hit.repository'
import type { OrgRepository } from '../data/org.repository'
import type { PersonRepository } from '../data/person.repository'
import type { QuotaRepository } from '../data/quota.repository'
import type { RequestEventRepository } from '../data/request-event.repository'
import type { RequestRepository } from '../data/request.repository'
import type { FunctionEnv } from '../shared/env'
import type { WriteGate } from './limits'

export interface Deps {
  org: OrgRepository
  persons: PersonRepository
  requests: RequestRepository
  requestEvents: RequestEventRepository
  quotas: QuotaRepository
  limitHits: LimitHitRepository
  files: FileRepository
  now: () => Date
  env: FunctionEnv
  /** This call's share of the person's write allowance (a no-op outside user write actions). */
  writes: WriteGate
}
