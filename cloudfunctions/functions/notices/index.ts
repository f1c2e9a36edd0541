// Entry of the `notices` cloud function: notices for people, and the delivery timer for the system.
import { noticesApi } from '@linli/types/api/functions/notices'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { readEnv, requireTemplateIds } from '../../shared/env'
import { listInbox, readNotice } from '../../use-cases/notices/inbox'
import { fail, ok } from '@linli/types'
import { asMediaCheckPush, onMediaCheckPush } from '../../use-cases/moderation/media-checks'
import { listHeld, reviewHeld } from '../../use-cases/moderation/review-held'
import { listSent, listTargets } from '../../use-cases/notices/manage-notices'
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
  review: reviewHeld,
}

/** What a call names by id is read while its caller is looked up (≤ 4 round trips in sequence). */
const readAhead: ReadAhead<'notices'> = (action, input, _openid, deps) => {
  const fields = input as {
    id?: unknown
    householdId?: unknown
    draftId?: unknown
    target?: { kind: string; gridId?: string; buildingIds?: string[]; teamId?: string }
  }
  if (action === 'review' && typeof fields.id === 'string') deps.moderation.readAhead(fields.id)
  else if (typeof fields.id === 'string') deps.notices.readAhead(fields.id)
  if (action === 'markVisited' && typeof fields.householdId === 'string')
    deps.org.readAheadHousehold(fields.householdId)
  if (action !== 'send' || !fields.target) return
  if (typeof fields.draftId === 'string') deps.notices.readAhead(fields.draftId)
  const { gridId, buildingIds, teamId } = fields.target
  if (gridId) deps.org.readAheadGrid(gridId)
  if (buildingIds) deps.org.readAheadBuildings(buildingIds)
  if (teamId) deps.org.readAheadTeam(teamId)
}

export const main = createMain(
  'notices',
  noticesApi,
  handlers,
  () => composeDeps(),
  (_event, now, deps) => runDelivery(now, deps),
  readAhead,
  // 消息推送 sends wxa_media_check here: the verdict of an image check a notice or request started.
  async (event, now, deps) => {
    const media = asMediaCheckPush(event)
    if (!media)
      return fail({ code: 'ACTION.UNKNOWN', message: `push ${event.MsgType} not handled` })
    return ok(await onMediaCheckPush(media, now, deps))
  },
)
