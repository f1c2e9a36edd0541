// requests.listMine: the caller's own requests, newest first, one cursor page at a time.
import { call } from '@/shared/api/client'

export const PAGE_SIZE = 20

export const listMyRequests = (cursor?: string) =>
  call('requests', 'listMine', cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE })
