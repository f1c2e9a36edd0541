// The console feature's calls through the one API client (issue 11 §4): 社区设置 and 规则.
import type { ActionInput } from '@linli/types'
import { call } from '@/shared/api/client'

export const newKey = (): string =>
  `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

type Without<T> = Omit<T, 'clientRequestId'>

export const getSetup = () => call('org', 'setup', {})
export const saveGrid = (input: Without<ActionInput<'org', 'saveGrid'>>) =>
  call('org', 'saveGrid', { ...input, clientRequestId: newKey() })
export const saveBuilding = (input: Without<ActionInput<'org', 'saveBuilding'>>) =>
  call('org', 'saveBuilding', { ...input, clientRequestId: newKey() })
export const saveUnit = (input: Without<ActionInput<'org', 'saveUnit'>>) =>
  call('org', 'saveUnit', { ...input, clientRequestId: newKey() })
export const saveTeam = (input: Without<ActionInput<'org', 'saveTeam'>>) =>
  call('org', 'saveTeam', { ...input, clientRequestId: newKey() })
export const savePost = (input: Without<ActionInput<'org', 'savePost'>>) =>
  call('org', 'savePost', { ...input, clientRequestId: newKey() })

export const getRules = () => call('org', 'rules', {})
export const updateRules = (input: ActionInput<'org', 'updateRules'>) =>
  call('org', 'updateRules', input)
export const ruleChanges = (cursor?: string) =>
  call('org', 'ruleChanges', cursor ? { limit: 20, cursor } : { limit: 20 })
