// The requests feature's calls: reads, lists and reports through the one API client.
import type { ActionInput, ReportOnBehalfInput, ReportRequestInput } from '@linli/types'
import { call } from '@/shared/api/client'

export const PAGE_SIZE = 20

const paged = <T extends object>(filters: T, cursor?: string) =>
  cursor ? { limit: PAGE_SIZE, ...filters, cursor } : { limit: PAGE_SIZE, ...filters }

export const getRequest = (id: string) => call('requests', 'get', { id })

export const listMyRequests = (cursor?: string) => call('requests', 'listMine', paged({}, cursor))

export type GridStatusFilter = 'active' | 'all'
export const listGridRequests = (
  filters: { status: GridStatusFilter; gridId?: string },
  cursor?: string,
) => call('requests', 'listForGrid', paged(filters, cursor))

export type BoardFilters = Omit<ActionInput<'requests', 'listBoard'>, 'limit' | 'cursor'>
export const listBoard = (filters: BoardFilters, cursor?: string) =>
  call('requests', 'listBoard', paged(filters, cursor))

export type TaskStatusFilter = 'active' | 'done'
export const listMyTasks = (status: TaskStatusFilter, cursor?: string) =>
  call('requests', 'listMyTasks', paged({ status }, cursor))

export const listSimilar = (
  category: ActionInput<'requests', 'similar'>['category'],
  buildingId: string,
) => call('requests', 'similar', { category, buildingId })

export const reportRequest = (input: ReportRequestInput) => call('requests', 'report', input)
export const reportOnBehalf = (input: ReportOnBehalfInput) =>
  call('requests', 'reportOnBehalf', input)

export const listBuildings = () => call('org', 'listBuildings', {})
export const listHouseholds = (buildingId: string) => call('org', 'listHouseholds', { buildingId })
export const listAssignees = (gridId: string) => call('org', 'listAssignees', { gridId })
