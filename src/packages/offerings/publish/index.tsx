// 发布服务项目 (offerings subpackage).
import { View } from '@tarojs/components'
import { PublishForm } from '@/features/offerings/components/publish-form'

export default function Page() {
  return (
    <View className="page page--offerings">
      <PublishForm />
    </View>
  )
}
