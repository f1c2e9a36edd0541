// Entry of the `members` cloud function: 三亮, 双报到, 纪实; its timer writes records of closed requests.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
import { awardBadge } from '../../use-cases/members/award-badge'
import { listMembersForGrid, memberCard } from '../../use-cases/members/member-card'
import { publishPledge, updatePledge } from '../../use-cases/members/pledges'
import { getPointsRules, setPointsRules } from '../../use-cases/members/points-rules'
import { listRecords } from '../../use-cases/members/records'
import {
  listRegistrations,
  myRegistration,
  register,
  reviewRegistration,
} from '../../use-cases/members/registration'
import { logService, verifyService } from '../../use-cases/members/service-log'
import { setPhoto } from '../../use-cases/members/set-photo'
import { memberSummary } from '../../use-cases/members/summary'
import { writeServiceRecords } from '../../use-cases/members/write-service-records'

export const handlers: Handlers<'members'> = {
  card: memberCard,
  listForGrid: listMembersForGrid,
  pledge: publishPledge,
  updatePledge,
  register,
  myRegistration,
  registrations: listRegistrations,
  reviewRegistration,
  logService,
  verifyService,
  records: listRecords,
  summary: memberSummary,
  pointsRules: getPointsRules,
  setPointsRules,
  awardBadge,
  setPhoto,
}

export const main = createMain(
  'members',
  handlers,
  () => composeDeps(),
  (_event, now, deps) => writeServiceRecords(now, deps),
)
