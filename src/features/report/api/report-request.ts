// requests.report: files a request (idempotent per clientRequestId).
import type { ReportRequestInput } from '@linli/types'
import { call } from '@/shared/api/client'

export const reportRequest = (input: ReportRequestInput) => call('requests', 'report', input)
