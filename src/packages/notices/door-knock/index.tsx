// 上门通知名单: unread households of an urgent notice.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { DoorKnockView } from '@/features/notices/components/door-knock-view'
import { EmptyState } from '@/shared/components/page-state'

export default function DoorKnockPage() {
  const id = useRouter().params.id
  return (
    <View className="page page--door-knock">
      {id ? <DoorKnockView id={decodeURIComponent(id)} /> : <EmptyState title="没有找到这条通知" />}
    </View>
  )
}
