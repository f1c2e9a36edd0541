// 议事详情 (meetings subpackage): `?id=` the meeting.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { MeetingDetail } from '@/features/meetings/components/meeting-detail'

export default function Page() {
  const { params } = useRouter()
  return (
    <View className="page page--meetings">
      <MeetingDetail id={params.id ?? ''} />
    </View>
  )
}
