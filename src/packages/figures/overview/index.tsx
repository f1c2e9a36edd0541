// 数据统计 (figures subpackage): staff's and grid leaders' figures; `?communities=a,b` for a street
// account's side-by-side view.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { FiguresScreen } from '@/features/figures/components/figures-screen'

export default function Page() {
  const { params } = useRouter()
  const ids = params.communities ? params.communities.split(',').filter(Boolean) : undefined
  return (
    <View className="page page--members">
      <FiguresScreen communityIds={ids} />
    </View>
  )
}
