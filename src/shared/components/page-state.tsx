// What a page shows while loading, after a failure (with retry), or when there is nothing yet.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { isApiError } from '../api/api-error'
import { errorMessage } from '../api/error-messages'
import { ROUTES } from '../lib/routes'
import { ActionButton } from './action-button'
import './page-state.css'

export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="page-state page-state--loading" data-testid="page-loading">
      <Text className="page-state__title">{text}</Text>
    </View>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const code = isApiError(error) ? error.code : 'UNKNOWN'
  // Reloading cannot bring back what is gone or not ours to see: offer the way home instead.
  const final = code === 'NOT_FOUND'
  return (
    <View className="page-state page-state--error" data-testid="page-error" data-error-code={code}>
      <Text className="page-state__title">{errorMessage(error)}</Text>
      {final ? (
        <ActionButton
          variant="secondary"
          testId="go-home"
          onClick={() => void Taro.reLaunch({ url: ROUTES.home })}
        >
          返回首页
        </ActionButton>
      ) : (
        <ActionButton variant="secondary" testId="retry" onClick={onRetry}>
          重新加载
        </ActionButton>
      )}
      {/* Local H5 only: without a chosen demo identity the way out is the sign-in page. */}
      {process.env.TARO_ENV === 'h5' &&
      isApiError(error) &&
      error.code === 'AUTH.UNAUTHENTICATED' ? (
        <ActionButton
          testId="go-sign-in"
          onClick={() => void Taro.reLaunch({ url: ROUTES.devLogin })}
        >
          选择演示身份
        </ActionButton>
      ) : null}
    </View>
  )
}

interface EmptyStateProps {
  title: string
  hint?: string
  action?: ReactNode
  testId?: string
}

export function EmptyState({ title, hint, action, testId = 'list-empty' }: EmptyStateProps) {
  return (
    <View className="page-state page-state--empty" data-testid={testId}>
      <Text className="page-state__title">{title}</Text>
      {hint ? <Text className="page-state__hint">{hint}</Text> : null}
      {action}
    </View>
  )
}
