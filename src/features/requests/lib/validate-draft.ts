// Checks a draft with the contract's own schema (reportRequestInputSchema) before anything is sent.
import { reportRequestInputSchema } from '@linli/types'
import type { Issue, ReportRequestInput } from '@linli/types'
import type { ReportDraft } from './report-draft'

export type ReportField = 'category' | 'description' | 'buildingId' | 'form'
export type FieldErrors = Partial<Record<ReportField, string>>

export const BUILDING_REQUIRED_MESSAGE = '请选择问题所在的楼院'

const FIELDS: readonly ReportField[] = ['category', 'description', 'buildingId']

/** First message per field; anything not tied to a field shows at the form. */
export const fieldErrorsFrom = (issues: readonly Issue[]): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const head = issue.path[0]
    const field = FIELDS.find((f) => f === head) ?? 'form'
    errors[field] ??= issue.message
  }
  return errors
}

export type DraftCheck =
  { ok: true; input: ReportRequestInput } | { ok: false; errors: FieldErrors }

export const validateDraft = (draft: ReportDraft, defaultBuildingId: string | null): DraftCheck => {
  const buildingId = draft.buildingId ?? defaultBuildingId ?? undefined
  const parsed = reportRequestInputSchema.safeParse({
    category: draft.category ?? undefined,
    description: draft.description,
    urgency: draft.urgency,
    hideName: draft.hideName,
    buildingId,
    clientRequestId: draft.clientRequestId,
  })
  const errors = parsed.success
    ? {}
    : fieldErrorsFrom(parsed.error.issues.map((i) => ({ path: i.path, message: i.message })))
  // The schema leaves the building optional (the function falls back to the household's); a
  // newcomer without a household must pick one, so say so now rather than after a round trip.
  if (!buildingId) errors.buildingId ??= BUILDING_REQUIRED_MESSAGE
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input: parsed.data }
}
