// The lifecycle actions of `requests`: each builds its command and hands it to applyRequestAction,
// then answers with the request as the caller now sees it.
import type { Handler, ParsedInput, RequestAction, RequestDetail, RequestDoc } from '@linli/types'
import { claimCapacities } from '../../domain/lifecycle'
import type { Command } from '../../domain/lifecycle-commands'
import { forbidden, invalidInput } from '../../shared/app-error'
import type { ActionHandler } from '../../shared/entry'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { startMediaChecks } from '../moderation/media-checks'
import { applyRequestActionThen } from './apply-request-action'
import {
  checkRequestText,
  holdRequestText,
  type HeldRequestText,
  type RequestTextLabel,
} from './check-request-text'
import { describeRequest } from './describe-request'

type LifecycleHandlers = { [A in RequestAction]: ActionHandler<'requests', A> }

const act = (
  input: { id: string; clientRequestId?: string | undefined },
  caller: Caller,
  deps: Deps,
  command: (doc: RequestDoc) => Command,
  ready?: Promise<unknown>,
  held?: HeldRequestText | null,
): Promise<RequestDetail> =>
  applyRequestActionThen(
    {
      id: input.id,
      clientRequestId: input.clientRequestId,
      command,
      ready,
      hold: held ? () => holdRequestText(held, input.id, caller, deps) : undefined,
    },
    caller,
    deps,
    (doc) => describeRequest(doc, caller, deps),
  )

/** The content check of an action's text (a comment, scene 2). */
const checked = (
  text: string | null | undefined,
  label: RequestTextLabel,
  caller: Caller,
  deps: Deps,
) => checkRequestText(text, 'comment', label, caller, deps)

/** A posted member claims for themself; a captain names the team (or has only one that fits). */
const claimHandler = (doc: RequestDoc, caller: Caller, teamId: string | undefined): Handler => {
  const capacities = claimCapacities(doc, caller)
  const asMember: Handler = { kind: 'member', id: caller.personId ?? '-', name: caller.name ?? '' }
  if (teamId !== undefined) {
    const team = capacities.find((c) => c.kind === 'team' && c.teamId === teamId)
    if (team?.kind !== 'team') throw forbidden('not the captain of a suggested team')
    return { kind: 'team', id: team.teamId, name: team.name }
  }
  const first = capacities[0]
  // With no capacity at all the lifecycle's own guard refuses the member claim.
  return first?.kind === 'team' ? { kind: 'team', id: first.teamId, name: first.name } : asMember
}

const notAssignable = () =>
  invalidInput('no such member, team or unit', [{ path: ['to', 'id'], message: '找不到指派对象' }])

/** A lookup started now, read synchronously once `ready` has resolved (the command is sync). */
const lookupOf = <T>(promise: Promise<T>) => {
  let value: { found: T } | undefined
  const ready = promise.then((found) => {
    value = { found }
  })
  return {
    ready,
    get: (): T => {
      if (!value) throw new Error('lookup read before it resolved')
      return value.found
    },
  }
}

/** The assignee named by a leader, checked against the roster of the caller's community. */
const assigneeOf = async (
  to: ParsedInput<'requests', 'assign'>['to'],
  caller: Caller,
  deps: Deps,
): Promise<Handler> => {
  if (to.kind === 'member') {
    const person = await deps.persons.getById(to.id)
    const isMember = person?.roles.some((r) => r.role === 'member')
    if (!person || !isMember || person.communityId !== caller.communityId) throw notAssignable()
    return { kind: 'member', id: person._id, name: person.name }
  }
  const found = to.kind === 'team' ? await deps.org.getTeam(to.id) : await deps.org.getUnit(to.id)
  if (!found || found.communityId !== caller.communityId) throw notAssignable()
  return { kind: to.kind, id: found._id, name: found.name }
}

const transferTarget = async (
  to: ParsedInput<'requests', 'transfer'>['to'],
  caller: Caller,
  deps: Deps,
): Promise<Handler> =>
  to.kind === 'department'
    ? { kind: 'department', id: to.name, name: to.name }
    : assigneeOf({ kind: 'unit', id: to.id }, caller, deps)

const checkOriginal = async (id: string, duplicateOf: string, caller: Caller, deps: Deps) => {
  const original = duplicateOf === id ? null : await deps.requests.getById(duplicateOf)
  if (!original || original.communityId !== caller.communityId) {
    throw invalidInput('no such original request', [
      { path: ['duplicateOf'], message: '找不到重复的原诉求' },
    ])
  }
}

export const lifecycleHandlers: LifecycleHandlers = {
  accept: (input, caller, deps) => act(input, caller, deps, () => ({ action: 'accept' })),
  claim: (input, caller, deps) =>
    act(input, caller, deps, (doc) => ({
      action: 'claim',
      handler: claimHandler(doc, caller, input.teamId),
    })),
  // The assignee is looked up while the request is read: one round trip in sequence, not two.
  assign: (input, caller, deps) => {
    const assignee = lookupOf(assigneeOf(input.to, caller, deps))
    const command = (): Command => ({
      action: 'assign',
      handler: assignee.get(),
      note: input.note || null,
    })
    return act(input, caller, deps, command, assignee.ready)
  },
  transfer: (input, caller, deps) => {
    const target = lookupOf(transferTarget(input.to, caller, deps))
    const command = (): Command => ({
      action: 'transfer',
      handler: target.get(),
      reason: input.reason,
    })
    return act(input, caller, deps, command, target.ready)
  },
  reject: async (input, caller, deps) => {
    if (input.duplicateOf) await checkOriginal(input.id, input.duplicateOf, caller, deps)
    return act(input, caller, deps, () => ({
      action: 'reject',
      reason: input.reason,
      duplicateOf: input.duplicateOf ?? null,
    }))
  },
  start: (input, caller, deps) => act(input, caller, deps, () => ({ action: 'start' })),
  progress: async (input, caller, deps) => {
    const held = await checked(input.note, 'note', caller, deps)
    const command = (): Command => ({ action: 'progress', note: input.note, photos: input.photos })
    const detail = await act(input, caller, deps, command, undefined, held)
    await startMediaChecks({ kind: 'request', id: input.id }, input.photos, caller, deps)
    return detail
  },
  resolve: async (input, caller, deps) => {
    const held = await checked(input.note, 'note', caller, deps)
    const command = (): Command => ({ action: 'resolve', note: input.note, photos: input.photos })
    const detail = await act(input, caller, deps, command, undefined, held)
    await startMediaChecks({ kind: 'request', id: input.id }, input.photos, caller, deps)
    return detail
  },
  confirm: async (input, caller, deps) => {
    const held = await checked(input.comment, 'comment', caller, deps)
    const command = (): Command => ({
      action: 'confirm',
      rating: input.rating,
      comment: input.comment || null,
    })
    return act(input, caller, deps, command, undefined, held)
  },
  reopen: async (input, caller, deps) => {
    const held = await checked(input.reason, 'reason', caller, deps)
    const command = (): Command => ({ action: 'reopen', reason: input.reason })
    return act(input, caller, deps, command, undefined, held)
  },
  cancel: (input, caller, deps) =>
    act(input, caller, deps, () => ({ action: 'cancel', reason: input.reason || null })),
  follow: (input, caller, deps) => act(input, caller, deps, () => ({ action: 'follow' })),
  recordFollowUp: async (input, caller, deps) => {
    const held = await checked(input.note, 'followUp', caller, deps)
    const command = (): Command => ({ action: 'recordFollowUp', note: input.note })
    return act(input, caller, deps, command, undefined, held)
  },
  reportBack: (input, caller, deps) =>
    act(input, caller, deps, () => ({ action: 'reportBack', note: input.note || null })),
}
