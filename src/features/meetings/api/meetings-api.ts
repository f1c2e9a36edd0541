// The meetings feature's calls (议事会, 决议进展, 热点) through the one API client.
import type { ActionInput, DecisionStatus } from '@linli/types'
import { call } from '@/shared/api/client'

export const newKey = (): string =>
  `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export const listMeetings = (mine = false) => call('meetings', 'list', { limit: 20, mine })
export const getMeeting = (id: string) => call('meetings', 'get', { id })
export const recordMeeting = (input: Omit<ActionInput<'meetings', 'record'>, 'clientRequestId'>) =>
  call('meetings', 'record', { ...input, clientRequestId: newKey() })
export const updateDecision = (
  meetingId: string,
  decisionId: string,
  status: DecisionStatus,
  note: string,
) => call('meetings', 'updateDecision', { meetingId, decisionId, status, note })
export const hotSpots = () => call('meetings', 'hotSpots', {})
