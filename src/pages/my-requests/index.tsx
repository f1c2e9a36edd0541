// 我的诉求: the caller's own requests.
import { View } from '@tarojs/components'
import { MyRequestList } from '@/features/requests/components/lists/my-request-list'

export default function MyRequestsPage() {
  return (
    <View className="page page--my-requests">
      <MyRequestList />
    </View>
  )
}
