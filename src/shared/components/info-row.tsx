// A label and its value on one line, for detail pages.
import { Text, View } from '@tarojs/components'
import './info-row.css'

export function InfoRow({
  label,
  value,
  testId,
}: {
  label: string
  value: string
  testId?: string
}) {
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <Text className="info-row__value" data-testid={testId}>
        {value}
      </Text>
    </View>
  )
}
