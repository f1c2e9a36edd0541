// 诉求热点 (meetings subpackage, staff).
import { View } from '@tarojs/components'
import { HotSpotList } from '@/features/meetings/components/hot-spot-list'

export default function Page() {
  return (
    <View className="page page--meetings">
      <HotSpotList />
    </View>
  )
}
