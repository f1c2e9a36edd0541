// The households feature's calls through the one API client (issue 11 §4).
import type { ActionInput } from '@linli/types'
import { call } from '@/shared/api/client'

export const importHouseholds = (input: ActionInput<'org', 'importHouseholds'>) =>
  call('org', 'importHouseholds', input)
export const listBuildings = () => call('org', 'listBuildings', {})
export const requestJoin = (input: ActionInput<'org', 'requestJoin'>) =>
  call('org', 'requestJoin', input)
export const joinHousehold = (code: string, name: string) =>
  call('org', 'joinHousehold', { code, name })
export const listJoinRequests = () => call('org', 'listJoinRequests', {})
export const decideJoin = (id: string, decision: 'approve' | 'reject') =>
  call('org', 'decideJoin', { id, decision })
export const createInviteCode = () => call('org', 'createInviteCode', {})
