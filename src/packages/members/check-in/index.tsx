// 双报到 (members subpackage).
import { View } from '@tarojs/components'
import { CheckInForm } from '@/features/members/components/check-in-form'

export default function Page() {
  return (
    <View className="page page--members">
      <CheckInForm />
    </View>
  )
}
