// Consumes the request-event outbox's notify* effects into the delivery outbox (claimed, resolved,
// reopened, overdue … go out like notices), marking its own progress as processed.notify.
import type { RequestDoc } from '@linli/types'
import type { RequestEventDoc } from '../../data/request-event.repository'
import type { Deps } from '../deps'
import { requestDelivery, type RequestMessage } from './notice-messages'

const BATCH = 100

type Who = { personId: string; openid: string }

const byOpenids = async (openids: readonly string[], deps: Deps): Promise<Who[]> => {
  const people = await deps.persons.findByOpenids(openids)
  const known = new Map(people.map((p) => [p.openid, p._id]))
  // A newcomer has no person yet: their openid stands for them.
  return openids.map((openid) => ({ personId: known.get(openid) ?? openid, openid }))
}

const byIds = async (ids: readonly (string | null)[], deps: Deps): Promise<Who[]> => {
  const people = await Promise.all(ids.flatMap((id) => (id ? [deps.persons.getById(id)] : [])))
  return people.flatMap((p) => (p ? [{ personId: p._id, openid: p.openid }] : []))
}

const gridLeaderOf = async (request: RequestDoc, deps: Deps): Promise<Who[]> =>
  byIds([(await deps.org.getGrid(request.gridId))?.leaderId ?? null], deps)

/**
 * Whoever acts for the handler (actsForHandler): the member, the team's captain, the unit's
 * liaisons; a department outside the roster is followed up by the grid leader, who hears for it.
 */
const handlerPeople = async (request: RequestDoc, deps: Deps): Promise<Who[]> => {
  const handler = request.handler
  switch (handler?.kind) {
    case 'member':
      return byIds([handler.id], deps)
    case 'team':
      return byIds([(await deps.org.getTeam(handler.id))?.captainId ?? null], deps)
    case 'unit':
      return (await deps.persons.findUnitLiaisons(request.communityId, handler.id)).map((p) => ({
        personId: p._id,
        openid: p.openid,
      }))
    case 'department':
      return gridLeaderOf(request, deps)
    default:
      return []
  }
}

const recipientsOf = async (effect: string, request: RequestDoc, deps: Deps): Promise<Who[]> => {
  switch (effect) {
    case 'notifyReporter':
      return byOpenids([request.reporterOpenid], deps)
    case 'notifyFollowers':
      return byOpenids(request.followers, deps)
    case 'notifyHandler':
      return handlerPeople(request, deps)
    case 'notifyGridLeader':
      return gridLeaderOf(request, deps)
    case 'notifyStaff':
      return (await deps.persons.findWithRole(request.communityId, 'staff')).map((p) => ({
        personId: p._id,
        openid: p.openid,
      }))
    default:
      return []
  }
}

/** One message per person per event (a reporter who also follows hears once), never the actor. */
const messagesOf = async (event: RequestEventDoc, request: RequestDoc, deps: Deps) => {
  const out = new Map<string, RequestMessage>()
  for (const effect of event.effects) {
    for (const who of await recipientsOf(effect, request, deps)) {
      if (who.personId === event.actorId || out.has(who.personId)) continue
      out.set(who.personId, {
        key: `request:${request._id}:${event.version}:${who.personId}`,
        recipient: who,
        template: effect === 'notifyHandler' ? 'newTask' : 'requestStatus',
      })
    }
  }
  return [...out.values()]
}

export const notifyRequestEvents = async (now: Date, deps: Deps): Promise<number> => {
  const events = await deps.requestEvents.listPending('notify', BATCH)
  for (const event of events) {
    const request = event.effects.some((e) => e.startsWith('notify'))
      ? await deps.requests.getById(event.requestId)
      : null
    if (request) {
      const messages = await messagesOf(event, request, deps)
      await deps.deliveries.enqueue(
        messages.map((m) => requestDelivery(request, event.action, m, event.createdAt)),
        now,
      )
    }
    // Marked after enqueueing: a crash in between enqueues again, and the keys make it once.
    await deps.requestEvents.markProcessed('notify', event._id, now)
  }
  return events.length
}
