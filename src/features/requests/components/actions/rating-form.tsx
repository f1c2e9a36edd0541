// 确认解决并评价: 1–5 stars and an optional comment (a rating of 1 or 2 opens a 回访).
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '@/shared/components/field'
import { useRequestAction } from '../../hooks/use-request-action'
import { StarInput } from '../detail/star-rating'
import { NoteField, SheetFooter, type ActionFormProps } from './sheet-parts'

export function RatingForm(props: ActionFormProps) {
  const [stars, setStars] = useState(0)
  const [comment, setComment] = useState('')
  const { send, sending, error, stale } = useRequestAction(
    'confirm',
    props.request.id,
    props.onDone,
  )
  return (
    <>
      <Field label="给这次服务打分">
        <StarInput value={stars} onChange={setStars} />
      </Field>
      {stars > 0 && stars <= 2 ? (
        <Text className="field__hint">网格长会回访您，了解哪里做得不好。</Text>
      ) : null}
      <NoteField label="说几句（可不填）" value={comment} onChange={setComment} />
      <SheetFooter
        submitLabel="确认解决"
        sending={sending}
        error={error}
        stale={stale}
        onSubmit={() =>
          void send({ rating: stars, ...(comment.trim() ? { comment } : {}) } as never)
        }
        onCancel={props.onCancel}
      />
    </>
  )
}
