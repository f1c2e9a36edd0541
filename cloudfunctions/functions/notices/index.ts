// Entry of the `notices` cloud function: notices for people, and the delivery timer for the system.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
import { readEnv, requireTemplateIds } from '../../shared/env'
import { listInbox, readNotice } from '../../use-cases/notices/inbox'
import {
  listHeld,
  listSent,
  listTargets,
  reviewNotice,
} from '../../use-cases/notices/manage-notices'
import { doorKnockList, markVisited, noticeStats } from '../../use-cases/notices/receipts'
import { runDelivery } from '../../use-cases/notices/run-delivery'
import { sendNotice } from '../../use-cases/notices/send-notice'
import { recordSubscriptions, templateIds } from '../../use-cases/notices/subscriptions'

// Checked at start: a deployment without its template ids fails loudly instead of sending nothing.
requireTemplateIds(readEnv())

export const handlers: Handlers<'notices'> = {
  send: sendNotice,
  inbox: listInbox,
  read: readNotice,
  stats: noticeStats,
  doorKnockList,
  markVisited,
  listSent,
  targets: listTargets,
  subscribe: recordSubscriptions,
  templates: templateIds,
  listHeld,
  review: reviewNotice,
}

export const main = createMain(
  'notices',
  handlers,
  () => composeDeps(),
  (_event, now, deps) => runDelivery(now, deps),
)
