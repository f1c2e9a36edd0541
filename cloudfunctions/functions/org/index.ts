// Entry of the `org` cloud function: who the caller is, the community's buildings and rosters,
// the setup and rules staff keep, the household import and verification into a household (issue 11 §4).
import { orgApi } from '@linli/types/api/functions/org'
import { inviteIdFor, normaliseInviteCode } from '../../data/household.repository'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { getMe } from '../../use-cases/org/get-me'
import { listAssignees } from '../../use-cases/org/list-assignees'
import { listBuildings } from '../../use-cases/org/list-buildings'
import { listHouseholds } from '../../use-cases/org/list-households'
import { listLimitHits } from '../../use-cases/org/list-limit-hits'
import { getRules, listRuleChanges, updateRules } from '../../use-cases/org/rules'
import { saveBuilding, saveGrid, savePost, saveTeam, saveUnit } from '../../use-cases/org/save-org'
import { getSetup } from '../../use-cases/org/setup'
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
  setup: getSetup,
  saveGrid,
  saveBuilding,
  saveUnit,
  saveTeam,
  savePost,
  rules: getRules,
  updateRules,
  ruleChanges: listRuleChanges,
  importHouseholds,
  requestJoin,
  listJoinRequests,
  decideJoin,
  createInviteCode,
  joinHousehold,
}

/**
 * What a call names is read while its caller is looked up (≤ 4 round trips): the join request a
 * decision names; for an import the buildings, and for a join the code typed, of the deployment's
 * community (a caller of another community has them read again).
 */
const readAhead: ReadAhead<'org'> = (action, input, _openid, deps) => {
  const fields = input as { id?: unknown; code?: unknown }
  const communityId = deps.env.LINLI_COMMUNITY_ID
  if (action === 'decideJoin' && typeof fields.id === 'string') {
    deps.households.readAheadJoinRequest(fields.id)
  }
  if (action === 'importHouseholds') deps.org.readAheadCommunityBuildings(communityId)
  if (action === 'joinHousehold' && typeof fields.code === 'string') {
    deps.households.readAheadInvite(inviteIdFor(communityId, normaliseInviteCode(fields.code)))
  }
}

export const main = createMain('org', orgApi, handlers, () => composeDeps(), undefined, readAhead)
