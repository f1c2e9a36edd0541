// 党员名片: a member's card and pledges (members subpackage); `?id=` names the member.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { MemberCardScreen } from '@/features/members/components/grid-members'

export default function Page() {
  const id = useRouter().params.id ?? ''
  return (
    <View className="page page--members">
      <MemberCardScreen memberId={decodeURIComponent(id)} />
    </View>
  )
}
