// 发起活动 (offerings subpackage).
import { View } from '@tarojs/components'
import { CreateActivityForm } from '@/features/activities/components/create-form'

export default function Page() {
  return (
    <View className="page page--offerings">
      <CreateActivityForm />
    </View>
  )
}
