// One notice in the inbox: unread dot, urgent tag, title, who sent it to whom, when.
import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '@linli/types'
import { formatRelative } from '@/shared/lib/format-time'
import './notices.css'

export function NoticeCard({ notice, onOpen }: { notice: NoticeSummary; onOpen: () => void }) {
  return (
    <View
      className={`notice-card ${notice.read ? '' : 'notice-card--unread'}`}
      data-testid="notice-card"
      data-notice-id={notice.id}
      data-read={notice.read ? 'true' : 'false'}
      onClick={onOpen}
    >
      <Text className="notice-card__title">
        {notice.urgency === 'urgent' ? <Text className="notice-urgent">紧急</Text> : null}
        {notice.title}
      </Text>
      <Text className="notice-card__excerpt">{notice.excerpt}</Text>
      <Text className="notice-card__meta">
        {`${notice.authorName} · ${notice.targetLabel}`}
        {notice.publishedAt ? ` · ${formatRelative(notice.publishedAt)}` : ''}
      </Text>
    </View>
  )
}
