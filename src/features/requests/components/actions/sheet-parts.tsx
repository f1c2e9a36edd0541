// The parts every action form shares: the note box and the footer with error, submit and cancel.
import { Text, Textarea, View } from '@tarojs/components'
import type { RequestDetail } from '@linli/types'
import { NOTE_MAX } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { Notice } from '@/shared/components/notice'

export interface ActionFormProps {
  request: RequestDetail
  onDone: (detail: RequestDetail) => void
  /** `stale`: the request changed under the caller, so the detail should reload. */
  onCancel: (stale: boolean) => void
}

interface NoteFieldProps {
  label: string
  hint?: string
  value: string
  placeholder?: string
  onChange: (value: string) => void
}

export function NoteField({ label, hint, value, placeholder, onChange }: NoteFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <Textarea
        className="sheet-note"
        data-testid="sheet-note"
        value={value}
        maxlength={NOTE_MAX}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  )
}

interface SheetFooterProps {
  submitLabel: string
  sending: boolean
  error: string | null
  stale: boolean
  /** e.g. while photos are still uploading. */
  blocked?: string
  onSubmit: () => void
  onCancel: (stale: boolean) => void
}

export function SheetFooter(props: SheetFooterProps) {
  const { submitLabel, sending, error, stale, blocked, onSubmit, onCancel } = props
  return (
    <View className="sheet-footer">
      {error ? (
        <Notice tone="error" testId="sheet-error">
          {error}
        </Notice>
      ) : null}
      {blocked ? <Text className="field__hint">{blocked}</Text> : null}
      {stale ? null : (
        <ActionButton
          testId="sheet-submit"
          loading={sending}
          disabled={Boolean(blocked)}
          onClick={onSubmit}
        >
          {sending ? '正在提交…' : submitLabel}
        </ActionButton>
      )}
      <ActionButton variant="secondary" testId="sheet-cancel" onClick={() => onCancel(stale)}>
        {stale ? '刷新看看' : '取消'}
      </ActionButton>
    </View>
  )
}
