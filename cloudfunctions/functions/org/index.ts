// Entry of the `org` cloud function: who the caller is, the community's buildings and rosters, and
// the setup and rules staff keep (issue 11 §4).
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
import { getMe } from '../../use-cases/org/get-me'
import { listAssignees } from '../../use-cases/org/list-assignees'
import { listBuildings } from '../../use-cases/org/list-buildings'
import { listHouseholds } from '../../use-cases/org/list-households'
import { listLimitHits } from '../../use-cases/org/list-limit-hits'
import { getRules, listRuleChanges, updateRules } from '../../use-cases/org/rules'
import { saveBuilding, saveGrid, savePost, saveTeam, saveUnit } from '../../use-cases/org/save-org'
import { getSetup } from '../../use-cases/org/setup'

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
}

export const main = createMain('org', handlers, () => composeDeps())
