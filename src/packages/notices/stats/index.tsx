// 阅读统计: read receipts of one notice by building.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { NoticeStatsView } from '@/features/notices/components/notice-stats-view'
import { EmptyState } from '@/shared/components/page-state'

export default function NoticeStatsPage() {
  const id = useRouter().params.id
  return (
    <View className="page page--notice-stats">
      {id ? (
        <NoticeStatsView id={decodeURIComponent(id)} />
      ) : (
        <EmptyState title="没有找到这条通知" />
      )}
    </View>
  )
}
