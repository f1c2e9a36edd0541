// 诉求详情: one request, by the `id` in the page's query.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { RequestDetailView } from '@/features/requests/components/detail/request-detail-view'
import { EmptyState } from '@/shared/components/page-state'

export default function RequestDetailPage() {
  const id = useRouter().params.id
  return (
    <View className="page page--request-detail">
      {id ? (
        <RequestDetailView id={decodeURIComponent(id)} />
      ) : (
        <EmptyState title="没有找到这条诉求" testId="detail-missing" />
      )}
    </View>
  )
}
