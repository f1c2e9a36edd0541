// The caller's buttons on a request: exactly the `actions` the server returned, in its order.
import { View } from '@tarojs/components'
import type { RequestAction } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { ACTION_LABELS, SECONDARY_ACTIONS } from '../../lib/action-labels'
import './action-bar.css'

interface ActionBarProps {
  actions: readonly RequestAction[]
  onChoose: (action: RequestAction) => void
}

export function ActionBar({ actions, onChoose }: ActionBarProps) {
  if (actions.length === 0) return null
  return (
    <View className="action-bar" data-testid="action-bar">
      {actions.map((action) => (
        <ActionButton
          key={action}
          testId={`action-${action}`}
          variant={SECONDARY_ACTIONS.has(action) ? 'secondary' : 'primary'}
          onClick={() => onChoose(action)}
        >
          {ACTION_LABELS[action]}
        </ActionButton>
      ))}
    </View>
  )
}
