// Entry of the `members` cloud function: 三亮, 双报到, 纪实; its timer writes records of closed requests.
import { membersApi } from '@linli/types/api/functions/members'
import { checkInIdOf } from '../../data/check-in.repository'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
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

/**
 * What an action is about is read while the caller is looked up: the member a card shows, the
 * registration or service record a review settles, a registration's unit and earlier registration.
 */
const readAhead: ReadAhead<'members'> = (action, input, openid, deps) => {
  const fields = input as { memberId?: unknown; id?: unknown; unitId?: unknown }
  if (action === 'card' && typeof fields.memberId === 'string')
    deps.persons.readAhead(fields.memberId)
  if (action === 'reviewRegistration' && typeof fields.id === 'string')
    deps.checkIns.readAhead(fields.id)
  if (action === 'verifyService' && typeof fields.id === 'string')
    deps.serviceRecords.readAhead(fields.id)
  if (action === 'register') {
    deps.checkIns.readAhead(checkInIdOf(openid))
    if (typeof fields.unitId === 'string') deps.org.readAheadUnit(fields.unitId)
  }
}

export const main = createMain(
  'members',
  membersApi,
  handlers,
  () => composeDeps(),
  (_event, now, deps) => writeServiceRecords(now, deps),
  readAhead,
)
