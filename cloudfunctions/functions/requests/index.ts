// Entry of the `requests` cloud function: report, read and list residents' requests.
import { composeDeps } from '../../shared/compose'
import { createMain, unreachable, type Dispatch } from '../../shared/entry'
import { getRequest } from '../../use-cases/requests/get-request'
import { listGridRequests } from '../../use-cases/requests/list-grid-requests'
import { listMyRequests } from '../../use-cases/requests/list-my-requests'
import { reportRequest } from '../../use-cases/requests/report-request'

const dispatch: Dispatch<'requests'> = async (call, caller, deps) => {
  switch (call.action) {
    case 'report':
      return reportRequest(call.input, caller, deps)
    case 'get':
      return getRequest(call.input, caller, deps)
    case 'listMine':
      return listMyRequests(call.input, caller, deps)
    case 'listForGrid':
      return listGridRequests(call.input, caller, deps)
    default:
      return unreachable(call)
  }
}

export const main = createMain('requests', dispatch, () => composeDeps())
