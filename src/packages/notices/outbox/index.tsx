// 本地消息出口: the emulator's outbox of subscribe messages (local H5 build only).
import { View } from '@tarojs/components'
import { OutboxView } from '@/features/notices/components/outbox-view'

export default function OutboxPage() {
  return (
    <View className="page page--outbox">
      <OutboxView />
    </View>
  )
}
