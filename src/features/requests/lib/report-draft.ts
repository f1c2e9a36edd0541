// The report form's draft: what the resident has entered, kept in storage until it is filed.
import { REQUEST_CATEGORY_IDS } from '@linli/types'
import type { RequestCategoryId, Urgency } from '@linli/types'
import { newClientRequestId } from './client-request-id'

export const DRAFT_STORAGE_KEY = 'linli.reportDraft'

export interface ReportDraft {
  /** One per draft, reused by every retry, so the function files it at most once. */
  clientRequestId: string
  category: RequestCategoryId | null
  description: string
  /** Null means "my household's building" (prefilled from org.me). */
  buildingId: string | null
  urgency: Urgency
  hideName: boolean
}

export type DraftChange = Partial<Omit<ReportDraft, 'clientRequestId'>>

export const emptyDraft = (): ReportDraft => ({
  clientRequestId: newClientRequestId(),
  category: null,
  description: '',
  buildingId: null,
  urgency: 'normal',
  hideName: false,
})

export const isDraftTouched = (draft: ReportDraft): boolean =>
  draft.category !== null || draft.description.trim().length > 0

const isCategory = (value: unknown): value is RequestCategoryId =>
  (REQUEST_CATEGORY_IDS as readonly unknown[]).includes(value)

/** Guards what comes back from storage: an old or corrupt entry is dropped, not trusted. */
export const isReportDraft = (value: unknown): value is ReportDraft => {
  if (typeof value !== 'object' || value === null) return false
  const d = value as Record<string, unknown>
  return (
    typeof d.clientRequestId === 'string' &&
    d.clientRequestId.length >= 8 &&
    (d.category === null || isCategory(d.category)) &&
    typeof d.description === 'string' &&
    (d.buildingId === null || typeof d.buildingId === 'string') &&
    (d.urgency === 'normal' || d.urgency === 'urgent') &&
    typeof d.hideName === 'boolean'
  )
}
