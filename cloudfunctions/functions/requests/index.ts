// Entry of the `requests` cloud function: the request loop for people, and its timer for the system.
import { requestsApi } from '@linli/types/api/functions/requests'
import { composeDeps } from '../../shared/compose'
import { requestIdFor } from '../../data/request.repository'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { getRequest } from '../../use-cases/requests/get-request'
import { lifecycleHandlers } from '../../use-cases/requests/lifecycle-actions'
import { listBoard } from '../../use-cases/requests/list-board'
import { listGridRequests } from '../../use-cases/requests/list-grid-requests'
import { listMyRequests } from '../../use-cases/requests/list-my-requests'
import { listMyTasks } from '../../use-cases/requests/list-my-tasks'
import { reportOnBehalf } from '../../use-cases/requests/report-on-behalf'
import { reportRequest } from '../../use-cases/requests/report-request'
import { similarRequests } from '../../use-cases/requests/similar-requests'
import { sweepRequests } from '../../use-cases/requests/sweep-requests'

export const handlers: Handlers<'requests'> = {
  report: reportRequest,
  reportOnBehalf,
  get: getRequest,
  similar: similarRequests,
  listMine: listMyRequests,
  listForGrid: listGridRequests,
  listBoard,
  listMyTasks,
  ...lifecycleHandlers,
}

/**
 * What an action is about is read while the caller is looked up: the request it names by `id`, the
 * assignee named by `to`, a report's own request (to find a retry), the household a report on
 * behalf names.
 */
const readAhead: ReadAhead<'requests'> = (action, input, openid, deps) => {
  const fields = input as {
    id?: unknown
    clientRequestId?: unknown
    householdId?: unknown
    to?: { kind?: unknown; id?: unknown }
  }
  if (typeof fields.id === 'string') deps.requests.readAhead(fields.id)
  const to = fields.to
  if ((action === 'assign' || action === 'transfer') && typeof to?.id === 'string') {
    if (to.kind === 'member') deps.persons.readAhead(to.id)
    if (to.kind === 'team') deps.org.readAheadTeam(to.id)
    if (to.kind === 'unit') deps.org.readAheadUnit(to.id)
  }
  if (action !== 'report' && action !== 'reportOnBehalf') return
  // A report's own id: the recorder's openid and the form's key (see requestIdFor).
  if (typeof fields.clientRequestId === 'string')
    deps.requests.readAhead(requestIdFor(openid, fields.clientRequestId))
  if (action === 'reportOnBehalf' && typeof fields.householdId === 'string')
    deps.org.readAheadHousehold(fields.householdId)
}

export const main = createMain(
  'requests',
  requestsApi,
  handlers,
  () => composeDeps(),
  (_event, now, deps) => sweepRequests(now, deps),
  readAhead,
)
