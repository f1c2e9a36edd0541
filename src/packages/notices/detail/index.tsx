// 通知详情: one notice by `id`; `via` says how it was opened (a share card counts as read too).
import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { NoticeDetailView } from '@/features/notices/components/notice-detail-view'
import { EmptyState } from '@/shared/components/page-state'
import { noticeDetailUrl } from '@/shared/lib/routes'

const VIAS = ['inbox', 'share', 'subscribe'] as const
type Via = (typeof VIAS)[number]

export default function NoticeDetailPage() {
  const params = useRouter().params
  const id = params.id ? decodeURIComponent(params.id) : null
  const via: Via = VIAS.find((v) => v === params.via) ?? 'inbox'
  // The card opens this page with via=share: whoever opens it from the group is counted as a reader.
  useShareAppMessage(() => ({
    title: '社区通知，请查看',
    path: id ? noticeDetailUrl(id, 'share') : '/pages/index/index',
  }))
  return (
    <View className="page page--notice-detail">
      {id ? <NoticeDetailView id={id} via={via} /> : <EmptyState title="没有找到这条通知" />}
    </View>
  )
}
