// A gentle boxed message: information for the reader, or an error they can act on.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './notice.css'

interface NoticeProps {
  tone?: 'info' | 'error'
  title?: string
  children: ReactNode
  testId?: string
}

export function Notice({ tone = 'info', title, children, testId }: NoticeProps) {
  return (
    <View className={`notice notice--${tone}`} data-testid={testId}>
      {title ? <Text className="notice__title">{title}</Text> : null}
      <Text className="notice__body">{children}</Text>
    </View>
  )
}
