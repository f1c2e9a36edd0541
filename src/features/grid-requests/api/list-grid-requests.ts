// requests.listForGrid: a grid's requests (masked for members), one cursor page at a time.
import { call } from '@/shared/api/client'

export const PAGE_SIZE = 20
export type GridStatusFilter = 'active' | 'all'

export const listGridRequests = (status: GridStatusFilter, cursor?: string) =>
  call(
    'requests',
    'listForGrid',
    cursor ? { limit: PAGE_SIZE, status, cursor } : { limit: PAGE_SIZE, status },
  )
