// The composition root: wires repositories over the one SDK handle, the clock and settings.
import { createCheckInRepository } from '../data/check-in.repository'
import { createEvaluationRepository } from '../data/evaluation.repository'
import { createMemberRepository } from '../data/member.repository'
import { createPledgeRepository } from '../data/pledge.repository'
import { createServiceOutbox } from '../data/service-outbox.repository'
import { createServiceRecordRepository } from '../data/service-record.repository'
import { createFileRepository } from '../data/file.repository'
import { createLimitHitRepository } from '../data/limit-hit.repository'
import { createOrgRepository } from '../data/org.repository'
import { createPersonRepository } from '../data/person.repository'
import { createQuotaRepository } from '../data/quota.repository'
import { createRequestEventRepository } from '../data/request-event.repository'
import { createRequestRepository } from '../data/request.repository'
import type { Deps } from '../use-cases/deps'
import { NO_WRITE_GATE } from '../use-cases/limits'
import { getApp, type App } from './cloudbase'
import { readEnv } from './env'

export const composeDeps = (app: App = getApp(), now: () => Date = () => new Date()): Deps => {
  const db = app.database()
  return {
    org: createOrgRepository(db),
    persons: createPersonRepository(db),
    requests: createRequestRepository(db),
    requestEvents: createRequestEventRepository(db),
    quotas: createQuotaRepository(db),
    limitHits: createLimitHitRepository(db),
    files: createFileRepository(app),
    members: createMemberRepository(db),
    pledges: createPledgeRepository(db),
    checkIns: createCheckInRepository(db),
    serviceRecords: createServiceRecordRepository(db),
    serviceOutbox: createServiceOutbox(db),
    evaluations: createEvaluationRepository(db),
    now,
    env: readEnv(),
    writes: NO_WRITE_GATE,
  }
}
