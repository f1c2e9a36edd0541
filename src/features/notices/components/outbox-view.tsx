// 本地消息出口 (H5 only): the subscribe messages the local emulator "sent", as WeChat would have.
import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { formatDateTime } from '@/shared/lib/format-time'
import './notices.css'

interface OutboxMessage {
  id: string
  at: string
  touser: string
  templateId: string
  page: string | null
  data: Record<string, { value: string }>
}

const loadOutbox = async (): Promise<OutboxMessage[]> => {
  const base = (process.env.LINLI_API_BASE ?? '').replace(/\/+$/, '')
  const res = await fetch(`${base}/wechat/outbox`)
  if (!res.ok) throw new Error(`outbox answered HTTP ${res.status}`)
  return ((await res.json()) as { messages: OutboxMessage[] }).messages
}

export function OutboxView() {
  const { state, reload } = useAsyncData(loadOutbox, 'outbox')
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  if (state.data.length === 0) return <EmptyState title="还没有发出订阅消息" />
  return (
    <View data-testid="outbox">
      {state.data.map((m) => (
        <Section key={m.id} testId="outbox-message">
          <Text className="notice-card__meta">{`${formatDateTime(m.at)} → ${m.touser}`}</Text>
          <Text className="notice-card__meta">{`模板 ${m.templateId}`}</Text>
          {Object.entries(m.data).map(([k, v]) => (
            <Text key={k} className="notice-card__excerpt">{`${k}：${v.value}`}</Text>
          ))}
          <Text className="notice-card__meta">{m.page ?? ''}</Text>
        </Section>
      ))}
    </View>
  )
}
