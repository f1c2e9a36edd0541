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
  // One acceptance is one unit, whatever the app repeats in one report.
  for (const template of new Set(input.accepted)) {
    await deps.subscriptions.grant(caller.openid, template, at)
  }
  const counts = await Promise.all(KEYS.map((k) => deps.subscriptions.remaining(caller.openid, k)))
  return {
    quota: Object.fromEntries(KEYS.map((k, i) => [k, counts[i] ?? 0])) as Record<
      TemplateKey,
      number
    >,
  }
}

export const templateIds = async (
  _input: ParsedInput<'notices', 'templates'>,
  _caller: Caller,
  deps: Deps,
) => ({ templates: requireTemplateIds(deps.env) })
