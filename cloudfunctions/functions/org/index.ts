// Entry of the `org` cloud function: who the caller is, the community's buildings and rosters.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
import { getMe } from '../../use-cases/org/get-me'
import { listAssignees } from '../../use-cases/org/list-assignees'
import { listBuildings } from '../../use-cases/org/list-buildings'
import { listHouseholds } from '../../use-cases/org/list-households'
import { listLimitHits } from '../../use-cases/org/list-limit-hits'

export const handlers: Handlers<'org'> = {
  me: getMe,
  listBuildings,
  listHouseholds,
  listAssignees,
  listLimitHits,
}

export const main = createMain('org', handlers, () => composeDeps())
