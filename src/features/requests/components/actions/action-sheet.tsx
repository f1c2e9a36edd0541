// The form of one chosen action, over the detail page: a sheet from the bottom with its own submit.
import { Text, View } from '@tarojs/components'
import type { RequestAction } from '@linli/types'
import { ACTION_LABELS } from '../../lib/action-labels'
import { AssignForm } from './assign-form'
import { RatingForm } from './rating-form'
import type { ActionFormProps } from './sheet-parts'
import { isTextAction, isYesAction, PhotoNoteForm, TextForm, YesForm } from './simple-forms'
import './action-sheet.css'

function FormFor({ action, ...props }: ActionFormProps & { action: RequestAction }) {
  if (isYesAction(action)) return <YesForm action={action} {...props} />
  if (isTextAction(action)) return <TextForm action={action} {...props} />
  if (action === 'progress' || action === 'resolve')
    return <PhotoNoteForm action={action} {...props} />
  if (action === 'confirm') return <RatingForm {...props} />
  return <AssignForm action={action} {...props} />
}

export function ActionSheet({ action, ...props }: ActionFormProps & { action: RequestAction }) {
  return (
    <View className="action-sheet" data-testid="action-sheet" data-action={action}>
      <View className="action-sheet__mask" onClick={() => props.onCancel(false)} />
      <View className="action-sheet__panel">
        <Text className="action-sheet__title">{ACTION_LABELS[action]}</Text>
        <FormFor action={action} {...props} />
      </View>
    </View>
  )
}
