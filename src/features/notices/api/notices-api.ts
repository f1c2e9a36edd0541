// The notices feature's calls through the one API client.
import type { ActionInput } from '@linli/types'
import { call } from '@/shared/api/client'

export const PAGE_SIZE = 20

export const listInbox = (cursor?: string) =>
  call('notices', 'inbox', cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE })

export type OpenedVia = 'inbox' | 'share' | 'subscribe'
export const readNotice = (id: string, via: OpenedVia) => call('notices', 'read', { id, via })

export const sendNotice = (input: ActionInput<'notices', 'send'>) => call('notices', 'send', input)

export const listTargets = () => call('notices', 'targets', {})

export const noticeStats = (id: string) => call('notices', 'stats', { id })

export const doorKnockList = (id: string) => call('notices', 'doorKnockList', { id })

/** Staff's queue of held texts (every kind), and their decision on one. */
export const listHeld = (cursor?: string) =>
  call('notices', 'listHeld', cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE })

export const reviewHeld = (id: string, decision: 'approve' | 'reject') =>
  call('notices', 'review', { id, decision })

export const markVisited = (id: string, householdId: string, note?: string) =>
  call('notices', 'markVisited', note ? { id, householdId, note } : { id, householdId })
