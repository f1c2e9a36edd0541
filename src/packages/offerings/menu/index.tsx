// 服务菜单 (offerings subpackage).
import { View } from '@tarojs/components'
import { OfferingMenu } from '@/features/offerings/components/offering-menu'

export default function Page() {
  return (
    <View className="page page--offerings">
      <OfferingMenu />
    </View>
  )
}
