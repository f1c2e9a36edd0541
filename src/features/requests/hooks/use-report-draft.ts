// Holds the report draft and mirrors every change to storage, so a dropped network loses nothing.
import { useCallback, useRef, useState } from 'react'
import { readStored, removeStored, writeStored } from '@/shared/lib/storage'
import { DRAFT_STORAGE_KEY, emptyDraft, isDraftTouched, isReportDraft } from '../lib/report-draft'
import type { DraftChange, ReportDraft } from '../lib/report-draft'

const restore = (): { draft: ReportDraft; restored: boolean } => {
  const stored = readStored(DRAFT_STORAGE_KEY, isReportDraft)
  return stored
    ? { draft: stored, restored: isDraftTouched(stored) }
    : { draft: emptyDraft(), restored: false }
}

export function useReportDraft() {
  const [initial] = useState(restore)
  const [draft, setDraft] = useState<ReportDraft>(initial.draft)
  const current = useRef(draft)

  const update = useCallback((change: DraftChange) => {
    const next = { ...current.current, ...change }
    current.current = next
    writeStored(DRAFT_STORAGE_KEY, next)
    setDraft(next)
  }, [])

  /** After the function has filed it: the next report is a new draft with a new clientRequestId. */
  const discard = useCallback(() => {
    removeStored(DRAFT_STORAGE_KEY)
    const next = emptyDraft()
    current.current = next
    setDraft(next)
  }, [])

  return { draft, restored: initial.restored, update, discard }
}
