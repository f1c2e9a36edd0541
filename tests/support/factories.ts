// Test data factories with overrides (bulletproof-react habit): one place that knows a valid input.
import { randomUUID } from 'node:crypto'
import type { ReportRequestInput } from '@linli/types'

export const aReport = (overrides: Partial<ReportRequestInput> = {}): ReportRequestInput => ({
  category: 'repair',
  description: '楼道灯坏了，晚上上下楼很黑',
  clientRequestId: randomUUID(),
  ...overrides,
})
