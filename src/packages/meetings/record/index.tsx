// 记录议事会 (meetings subpackage): `?requests=a,b&topic=` prefilled from a hot spot.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { RecordMeetingForm } from '@/features/meetings/components/record-form'
import { parseRequestsParam } from '@/features/meetings/lib/labels'

export default function Page() {
  const { params } = useRouter()
  const topic = params.topic ? decodeURIComponent(params.topic) : undefined
  return (
    <View className="page page--meetings">
      <RecordMeetingForm requestIds={parseRequestsParam(params.requests)} topic={topic} />
    </View>
  )
}
