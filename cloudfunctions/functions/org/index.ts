// Entry of the `org` cloud function: who the caller is, and the community's buildings.
import { composeDeps } from '../../shared/compose'
import { createMain, unreachable, type Dispatch } from '../../shared/entry'
import { getMe } from '../../use-cases/org/get-me'
import { listBuildings } from '../../use-cases/org/list-buildings'

const dispatch: Dispatch<'org'> = async (call, caller, deps) => {
  switch (call.action) {
    case 'me':
      return getMe(call.input, caller, deps)
    case 'listBuildings':
      return listBuildings(call.input, caller, deps)
    default:
      return unreachable(call)
  }
}

export const main = createMain('org', dispatch, () => composeDeps())
