// `subscribe` and `templates`: the app asks for one-time subscriptions with the configured
// template ids and reports what the person accepted; each acceptance is one message's quota.
import type { ParsedInput, TemplateKey } from '@linli/types'
import { requireTemplateIds } from '../../shared/env'
import type { Caller } from '../caller'
import type { Deps } from '../deps'

const KEYS: readonly TemplateKey[] = ['notice', 'requestStatus', 'newTask']

export const recordSubscriptions = async (
  input: ParsedInput<'notices', 'subscribe'>,
  caller: Caller,
  deps: Deps,
) => {
  const at = deps.now()
  await deps.writes.spend()
  // One acceptance is one unit, whatever the app repeats in one report; the templates are granted
  // together, then what is left of each is read in one go.
  await Promise.all(
    [...new Set(input.accepted)].map((t) => deps.subscriptions.grant(caller.openid, t, at)),
  )
  return { quota: await deps.subscriptions.remainingOf(caller.openid, KEYS) }
}

export const templateIds = async (
  _input: ParsedInput<'notices', 'templates'>,
  _caller: Caller,
  deps: Deps,
) => ({ templates: requireTemplateIds(deps.env) })
