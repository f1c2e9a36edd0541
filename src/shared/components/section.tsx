// A titled white card that groups related content on a page.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './section.css'

export function Section({
  title,
  children,
  testId,
}: {
  title?: string
  children: ReactNode
  testId?: string
}) {
  return (
    <View className="section" data-testid={testId}>
      {title ? <Text className="section__title">{title}</Text> : null}
      {children}
    </View>
  )
}
