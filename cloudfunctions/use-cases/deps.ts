// What use cases are given: repositories and a clock, so they never reach for I/O themselves.
import type { ContentCheck } from '../data/content-check'
import type { DeliveryRepository } from '../data/delivery.repository'
import type { CheckInRepository } from '../data/check-in.repository'
import type { EvaluationRepository } from '../data/evaluation.repository'
import type { MemberRepository } from '../data/member.repository'
import type { PledgeRepository } from '../data/pledge.repository'
import type { ServiceOutbox } from '../data/service-outbox.repository'
import type { ServiceRecordRepository } from '../data/service-record.repository'
import type { FileRepository } from '../data/file.repository'
import type { NoticeReceiptRepository } from '../data/notice-receipt.repository'
import type { NoticeVisitRepository } from '../data/notice-visit.repository'
import type { NoticeRepository } from '../data/notice.repository'
import type { ModerationRepository } from '../data/moderation.repository'
import type { SubscriptionRepository } from '../data/subscription.repository'
import type { WeChatOpenApi } from '../data/wechat-open-api'
import type { LimitHitRepository } from '../data/limit-hit.repository'
import type { OrgRepository } from '../data/org.repository'
import type { PersonRepository } from '../data/person.repository'
import type { QuotaRepository } from '../data/quota.repository'
import type { RequestEventRepository } from '../data/request-event.repository'
import type { RequestRepository } from '../data/request.repository'
import type { FunctionEnv } from '../shared/env'
import type { OfferingRepository } from '../data/offering.repository'
import type { ActivityRepository } from '../data/activity.repository'
import type { FiguresRepository } from '../data/figures.repository'
import type { RulesRepository } from '../data/rules.repository'
import type { MeetingRepository } from '../data/meeting.repository'
import type { HouseholdRepository } from '../data/household.repository'

/**
 * A write action's share of the per-minute allowance, spent by the use case right before its write
 * lands — so a call refused for any other reason (bad input, not found, taken) writes nothing at
 * all, not even a counter — and refunded when the write did not land after all (a lost race).
 */
export interface WriteGate {
  readonly spent: boolean
  spend: () => Promise<void>
  refund: () => Promise<void>
}

export interface Deps {
  org: OrgRepository
  persons: PersonRepository
  requests: RequestRepository
  requestEvents: RequestEventRepository
  quotas: QuotaRepository
  limitHits: LimitHitRepository
  files: FileRepository
  notices: NoticeRepository
  noticeReceipts: NoticeReceiptRepository
  noticeVisits: NoticeVisitRepository
  deliveries: DeliveryRepository
  subscriptions: SubscriptionRepository
  /** WeChat's open APIs (subscribe messages) and the content-check port over msgSecCheck. */
  wechat: WeChatOpenApi
  contentCheck: ContentCheck
  /** Held texts of every kind for staff, and the media checks WeChat has yet to answer. */
  moderation: ModerationRepository
  // Issue 8: members and evaluations.
  members: MemberRepository
  pledges: PledgeRepository
  checkIns: CheckInRepository
  serviceRecords: ServiceRecordRepository
  serviceOutbox: ServiceOutbox
  evaluations: EvaluationRepository
  // Issue 11: offerings (供给) and activities.
  offerings: OfferingRepository
  activities: ActivityRepository
  /** Issue 11: the figures' aggregation pipelines. */
  figures: FiguresRepository
  /** Issue 11 §4: the rule sets staff edit, and their change log. */
  rules: RulesRepository
  /** Issue 11 §3: deliberation meetings and hot spots. */
  meetings: MeetingRepository
  /** Issue 11 §4: imports, join requests, invite codes. */
  households: HouseholdRepository
  now: () => Date
  env: FunctionEnv
  /** This call's share of the person's write allowance (a no-op outside user write actions). */
  writes: WriteGate
}
