// A big, high-contrast button (Taro Button underneath) with a busy state and a stable test id.
import { Button } from '@tarojs/components'
import type { ReactNode } from 'react'
import './action-button.css'

interface ActionButtonProps {
  children: ReactNode
  onClick: () => void
  variant?: 'primary' | 'secondary'
  /** Busy: inactive and marked; the caller changes the label (e.g. "正在提交…"). */
  loading?: boolean
  disabled?: boolean
  testId?: string
  className?: string
}

export function ActionButton(props: ActionButtonProps) {
  const { children, onClick, variant = 'primary', loading = false, disabled = false } = props
  const inactive = disabled || loading
  const modifiers = `${inactive ? 'action-button--inactive' : ''} ${loading ? 'action-button--busy' : ''}`
  return (
    // Not Taro's `loading` prop: in H5 its spinner is inserted among React's children and the web
    // component's renderer throws (insertBefore) when both change at once.
    <Button
      className={`action-button action-button--${variant} ${modifiers} ${props.className ?? ''}`}
      data-testid={props.testId}
      data-busy={loading ? 'true' : 'false'}
      // Omitted rather than false: Taro's H5 stylesheet greys out any `[disabled]`, even "false".
      disabled={inactive || undefined}
      aria-disabled={inactive ? 'true' : 'false'}
      // Guarded here too, not only by `disabled`: a second tap while sending must never send twice.
      onClick={() => {
        if (!inactive) onClick()
      }}
    >
      {children}
    </Button>
  )
}
