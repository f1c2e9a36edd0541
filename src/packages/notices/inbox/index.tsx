// 消息: the person's notices.
import { View } from '@tarojs/components'
import { InboxList } from '@/features/notices/components/inbox-list'

export default function InboxPage() {
  return (
    <View className="page page--inbox">
      <InboxList />
    </View>
  )
}
