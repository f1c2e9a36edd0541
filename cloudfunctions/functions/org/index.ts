// Entry of the `org` cloud function: who the caller is, the community's buildings and rosters,
// the household import and verification into a household.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { getMe } from '../../use-cases/org/get-me'
import { listAssignees } from '../../use-cases/org/list-assignees'
import { listBuildings } from '../../use-cases/org/list-buildings'
import { listHouseholds } from '../../use-cases/org/list-households'
import { listLimitHits } from '../../use-cases/org/list-limit-hits'
import { importHouseholds } from '../../use-cases/org/import-households'
import { requestJoin } from '../../use-cases/org/request-join'
import { listJoinRequests } from '../../use-cases/org/list-join-requests'
import { decideJoin } from '../../use-cases/org/decide-join'
import { createInviteCode } from '../../use-cases/org/create-invite-code'
import { joinHousehold } from '../../use-cases/org/join-household'

export const handlers: Handlers<'org'> = {
  me: getMe,
  listBuildings,
  listHouseholds,
  listAssignees,
  listLimitHits,
  importHouseholds,
  requestJoin,
  listJoinRequests,
  decideJoin,
  createInviteCode,
  joinHousehold,
}

/** The join request a decision names is read while its caller is looked up (≤ 4 round trips). */
const readAhead: ReadAhead<'org'> = (action, input, _openid, deps) => {
  const id = (input as { id?: unknown }).id
  if (action === 'decideJoin' && typeof id === 'string') deps.households.readAheadJoinRequest(id)
}

export const main = createMain('org', handlers, () => composeDeps(), undefined, readAhead)
