// Entry of the `requests` cloud function: the request loop for people, and its timer for the system.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
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

export const main = createMain(
  'requests',
  handlers,
  () => composeDeps(),
  (_event, now, deps) => sweepRequests(now, deps),
)
