// Submits the draft once at a time: validate with the shared schema, send, map failures to fields.
import { useCallback, useRef, useState } from 'react'
import type { ActionOutput } from '@linli/types'
import { isApiError } from '@/shared/api/api-error'
import { errorMessage } from '@/shared/api/error-messages'
import { reportRequest } from '../api/requests-api'
import type { ReportDraft } from '../lib/report-draft'
import { BUILDING_REQUIRED_MESSAGE, fieldErrorsFrom, validateDraft } from '../lib/validate-draft'
import type { FieldErrors, ReportField } from '../lib/validate-draft'
import { askToSubscribe } from '@/shared/lib/subscribe'

export type FiledRequest = ActionOutput<'requests', 'report'>

const KEEP_DRAFT_HINT = '您填写的内容已保存，可以稍后再点“提交”。'

const errorsFromFailure = (error: unknown): FieldErrors => {
  if (isApiError(error) && error.code === 'REQUEST.BUILDING_REQUIRED') {
    return { buildingId: BUILDING_REQUIRED_MESSAGE, form: BUILDING_REQUIRED_MESSAGE }
  }
  if (isApiError(error) && error.code === 'INPUT.INVALID' && error.issues.length > 0) {
    return { ...fieldErrorsFrom(error.issues), form: errorMessage(error) }
  }
  return { form: `${errorMessage(error)}。${KEEP_DRAFT_HINT}` }
}

interface SubmitOptions {
  draft: ReportDraft
  defaultBuildingId: string | null
  onFiled: (filed: FiledRequest) => void
}

export function useSubmitReport({ draft, defaultBuildingId, onFiled }: SubmitOptions) {
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const inFlight = useRef(false)

  const submit = useCallback(async () => {
    if (inFlight.current) return
    const checked = validateDraft(draft, defaultBuildingId)
    if (!checked.ok) {
      // Repeat the first problem beside the button: on a small screen the field may be out of view.
      const { category, description, buildingId, form } = checked.errors
      setErrors({ ...checked.errors, form: form ?? category ?? description ?? buildingId })
      return
    }
    inFlight.current = true
    // The natural moment for status updates: WeChat asks only from this tap, before any await.
    void askToSubscribe(['requestStatus'])
    setSending(true)
    setErrors({})
    try {
      onFiled(await reportRequest(checked.input))
    } catch (error) {
      setErrors(errorsFromFailure(error))
    } finally {
      inFlight.current = false
      setSending(false)
    }
  }, [draft, defaultBuildingId, onFiled])

  /** Once the resident changes a field, its old message (and the summary) no longer applies. */
  const clearError = useCallback((field: ReportField) => {
    setErrors((current) => {
      if (!current[field] && !current.form) return current
      const next = { ...current }
      delete next[field]
      delete next.form
      return next
    })
  }, [])

  return { submit, sending, errors, clearError }
}
