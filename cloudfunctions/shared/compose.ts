// The composition root: wires repositories over the one SDK handle, the clock and settings.
import { createContentCheck } from '../data/content-check'
import { createDeliveryRepository } from '../data/delivery.repository'
import { createCheckInRepository } from '../data/check-in.repository'
import { createEvaluationRepository } from '../data/evaluation.repository'
import { createMemberRepository } from '../data/member.repository'
import { createPledgeRepository } from '../data/pledge.repository'
import { createServiceOutbox } from '../data/service-outbox.repository'
import { createServiceRecordRepository } from '../data/service-record.repository'
import { createFileRepository } from '../data/file.repository'
import { createNoticeReceiptRepository } from '../data/notice-receipt.repository'
import { createNoticeVisitRepository } from '../data/notice-visit.repository'
import { createNoticeRepository } from '../data/notice.repository'
import { createModerationRepository } from '../data/moderation.repository'
import { createSubscriptionRepository } from '../data/subscription.repository'
import { createWeChatOpenApi } from '../data/wechat-open-api'
import { createLimitHitRepository } from '../data/limit-hit.repository'
import { createOrgRepository } from '../data/org.repository'
import { createPersonRepository } from '../data/person.repository'
import { createQuotaRepository } from '../data/quota.repository'
import { createRequestEventRepository } from '../data/request-event.repository'
import { createRequestRepository } from '../data/request.repository'
import { createOfferingRepository } from '../data/offering.repository'
import { createActivityRepository } from '../data/activity.repository'
import { createFiguresRepository } from '../data/figures.repository'
import { createRulesRepository } from '../data/rules.repository'
import { createMeetingRepository } from '../data/meeting.repository'
import { createHouseholdRepository } from '../data/household.repository'
import type { Deps } from '../use-cases/deps'
import { NO_WRITE_GATE } from '../use-cases/limits'
import { getApp, type App } from './cloudbase'
import { readEnv } from './env'

export const composeDeps = (app: App = getApp(), now: () => Date = () => new Date()): Deps => {
  const db = app.database()
  // In the cloud serviceUrl is unset and the SDK finds its endpoint; tests point the app at an
  // emulator with init({ serviceUrl }), which the SDK keeps in its (untyped) config.
  const serviceUrl = (app as unknown as { config?: { serviceUrl?: string } }).config?.serviceUrl
  const wechat = createWeChatOpenApi(serviceUrl)
  return {
    org: createOrgRepository(db),
    persons: createPersonRepository(db),
    requests: createRequestRepository(db),
    requestEvents: createRequestEventRepository(db),
    quotas: createQuotaRepository(db),
    limitHits: createLimitHitRepository(db),
    files: createFileRepository(app),
    notices: createNoticeRepository(db),
    noticeReceipts: createNoticeReceiptRepository(db),
    noticeVisits: createNoticeVisitRepository(db),
    deliveries: createDeliveryRepository(db),
    subscriptions: createSubscriptionRepository(db),
    wechat,
    contentCheck: createContentCheck(wechat),
    moderation: createModerationRepository(db),
    members: createMemberRepository(db),
    pledges: createPledgeRepository(db),
    checkIns: createCheckInRepository(db),
    serviceRecords: createServiceRecordRepository(db),
    serviceOutbox: createServiceOutbox(db),
    evaluations: createEvaluationRepository(db),
    offerings: createOfferingRepository(db),
    activities: createActivityRepository(db),
    figures: createFiguresRepository(db),
    rules: createRulesRepository(db),
    meetings: createMeetingRepository(db),
    households: createHouseholdRepository(db),
    now,
    env: readEnv(),
    writes: NO_WRITE_GATE,
  }
}
