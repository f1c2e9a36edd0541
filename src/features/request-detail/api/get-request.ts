// requests.get: one request in full, or masked for a member of the grid.
import { call } from '@/shared/api/client'

export const getRequest = (id: string) => call('requests', 'get', { id })
