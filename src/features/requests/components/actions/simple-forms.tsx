// Forms of the actions that need a yes, a note or a reason (and photos for progress and resolve).
import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { RequestAction } from '@linli/types'
import { PhotoPicker } from '@/shared/components/photo-picker'
import { usePhotoUploads } from '@/shared/hooks/use-photo-uploads'
import { useRequestAction } from '../../hooks/use-request-action'
import { ACTION_LABELS } from '../../lib/action-labels'
import { NoteField, SheetFooter, type ActionFormProps } from './sheet-parts'

export type YesAction = 'accept' | 'claim' | 'start' | 'follow'

const YES_PROMPTS: Record<YesAction, string> = {
  accept: '受理后，这条诉求会出现在网格的任务大厅，党员可以认领。',
  claim: '认领后请尽快联系居民、上门办理，办结时上传照片。',
  start: '告诉居民您已经开始办理。',
  follow: '附议后，您会和反映人一起收到办理进展，不用再重复反映。',
}

export function YesForm({ action, ...props }: ActionFormProps & { action: YesAction }) {
  const { send, sending, error, stale } = useRequestAction(action, props.request.id, props.onDone)
  return (
    <>
      <Text className="sheet-prompt" data-testid="sheet-prompt">
        {YES_PROMPTS[action]}
      </Text>
      <SheetFooter
        submitLabel={`确认${ACTION_LABELS[action].replace(/（.*）/, '')}`}
        sending={sending}
        error={error}
        stale={stale}
        onSubmit={() => void send({})}
        onCancel={props.onCancel}
      />
    </>
  )
}

export type TextAction = 'reject' | 'reopen' | 'cancel' | 'recordFollowUp' | 'reportBack'

const TEXT_FIELDS: Record<TextAction, { key: 'reason' | 'note'; label: string; hint: string }> = {
  reject: { key: 'reason', label: '不予受理的原因', hint: '例如：重复反映、不属于社区职责' },
  reopen: { key: 'reason', label: '哪里还没解决', hint: '说清楚现在的情况，办理人会重新处理' },
  cancel: { key: 'reason', label: '撤销原因（可不填）', hint: '例如：问题已经自己解决了' },
  recordFollowUp: { key: 'note', label: '回访情况', hint: '上门或电话回访居民，记录了解到的情况' },
  reportBack: { key: 'note', label: '反馈说明（可不填）', hint: '向 12345 反馈的办理结果' },
}

export function TextForm({ action, ...props }: ActionFormProps & { action: TextAction }) {
  const field = TEXT_FIELDS[action]
  const [text, setText] = useState('')
  const { send, sending, error, stale } = useRequestAction(action, props.request.id, props.onDone)
  const optional = action === 'cancel' || action === 'reportBack'
  const value = optional && text.trim() === '' ? {} : { [field.key]: text }
  return (
    <>
      <NoteField label={field.label} hint={field.hint} value={text} onChange={setText} />
      <SheetFooter
        submitLabel={`确认${ACTION_LABELS[action]}`}
        sending={sending}
        error={error}
        stale={stale}
        onSubmit={() => void send(value as never)}
        onCancel={props.onCancel}
      />
    </>
  )
}

export type PhotoNoteAction = 'progress' | 'resolve'

export function PhotoNoteForm({ action, ...props }: ActionFormProps & { action: PhotoNoteAction }) {
  const [note, setNote] = useState('')
  const photos = usePhotoUploads(`requests/${props.request.id}`)
  const { send, sending, error, stale } = useRequestAction(action, props.request.id, props.onDone)
  return (
    <>
      <NoteField
        label={action === 'resolve' ? '办理结果' : '办理进展'}
        hint={action === 'resolve' ? '写清楚怎么解决的，居民确认后办结' : '告诉居民办到哪一步了'}
        value={note}
        onChange={setNote}
      />
      <PhotoPicker
        items={photos.items}
        error={photos.error}
        onAdd={() => void photos.add()}
        onRemove={photos.remove}
      />
      <SheetFooter
        submitLabel={action === 'resolve' ? '确认办结' : '提交进展'}
        sending={sending}
        error={error}
        stale={stale}
        blocked={photos.uploading ? '照片还在上传，请稍等…' : undefined}
        onSubmit={() => void send({ note, photos: photos.fileIds })}
        onCancel={props.onCancel}
      />
    </>
  )
}

export const isYesAction = (a: RequestAction): a is YesAction =>
  a === 'accept' || a === 'claim' || a === 'start' || a === 'follow'
export const isTextAction = (a: RequestAction): a is TextAction =>
  a === 'reject' || a === 'reopen' || a === 'cancel' || a === 'recordFollowUp' || a === 'reportBack'
