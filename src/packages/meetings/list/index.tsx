// 议事 (meetings subpackage): meetings and their decisions' progress.
import { View } from '@tarojs/components'
import { MeetingList } from '@/features/meetings/components/meeting-list'

export default function Page() {
  return (
    <View className="page page--meetings">
      <MeetingList />
    </View>
  )
}
