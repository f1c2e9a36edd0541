// Test data factories with overrides (bulletproof-react habit): one place that knows a valid input.
import { randomUUID } from 'node:crypto'
import type { ReportRequestInput } from '@linli/types'

export const aReport = (overrides: Partial<ReportRequestInput> = {}): ReportRequestInput => ({
  category: 'repair',
  description: '楼道灯坏了，晚上上下楼很黑',
  clientRequestId: randomUUID(),
  ...overrides,
})

/**
 * A request as the walking skeleton stored it (before the request loop's fields existed): tests
 * write it straight to the database, to page through many or to check older documents still load.
 */
export const aSkeletonRequest = (overrides: Record<string, unknown> = {}) => {
  const at = new Date()
  return {
    _id: randomUUID().replace(/-/g, ''),
    communityId: 'chengxi',
    gridId: 'grid-1',
    buildingId: 'bldg-01',
    householdId: null,
    reporterOpenid: 'demo-resident',
    reporterId: null,
    category: 'repair',
    description: '楼道灯坏了，晚上上下楼很黑',
    photos: [],
    urgency: 'normal',
    hideName: false,
    channel: 'miniProgram',
    status: 'open',
    handlingMode: 'sameDay',
    suggestedTeamKinds: ['skills'],
    sensitive: false,
    dueAt: new Date(at.getTime() + 8 * 3_600_000),
    clientRequestId: randomUUID(),
    createdAt: at,
    updatedAt: at,
    timeline: [{ type: 'reported', at, by: null }],
    ...overrides,
  }
}
