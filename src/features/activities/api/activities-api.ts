// The activities feature's calls (活动, 报名, 签到码, 签到) through the one API client.
import type { ActionInput } from '@linli/types'
import { call } from '@/shared/api/client'

export const newKey = (): string =>
  `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export const listActivities = (organised = false) =>
  call('activities', 'list', { limit: 20, organised })
export const createActivity = (
  input: Omit<ActionInput<'activities', 'create'>, 'clientRequestId'>,
) => call('activities', 'create', { ...input, clientRequestId: newKey() })
export const signUp = (id: string) =>
  call('activities', 'signUp', { id, clientRequestId: newKey() })
export const cancelSignUp = (id: string) =>
  call('activities', 'cancelSignUp', { id, clientRequestId: newKey() })
export const checkInCode = (id: string) => call('activities', 'checkInCode', { id })
export const checkIn = (id: string, window: number, code: string) =>
  call('activities', 'checkIn', { id, window, code, clientRequestId: newKey() })
