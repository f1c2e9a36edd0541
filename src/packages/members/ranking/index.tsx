// 党员积分排名 (members subpackage): staff's ranked scores with CSV export.
import { View } from '@tarojs/components'
import { MembersRanking } from '@/features/members/components/members-ranking'

export default function Page() {
  return (
    <View className="page page--members">
      <MembersRanking />
    </View>
  )
}
