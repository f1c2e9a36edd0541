// 发通知: a leader's notice to their grid, buildings, members or team.
import { View } from '@tarojs/components'
import { ComposeForm } from '@/features/notices/components/compose-form'

export default function ComposeNoticePage() {
  return (
    <View className="page page--compose">
      <ComposeForm />
    </View>
  )
}
