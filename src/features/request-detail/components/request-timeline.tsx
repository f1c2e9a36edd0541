// The request's timeline: every event in order, with its time and note.
import { Text, View } from '@tarojs/components'
import type { RequestDetail } from '@linli/types'
import { Section } from '@/shared/components/section'
import { formatDateTime } from '@/shared/lib/format-time'
import { timelineLabel } from '@/shared/lib/request-labels'
import './request-timeline.css'

type TimelineEvent = RequestDetail['timeline'][number]

/** A routing event names the grid in words; its note carries the grid's id, not for people. */
const describe = (event: TimelineEvent, gridName: string) =>
  event.type === 'routed'
    ? { title: `已分派到${gridName}`, note: null }
    : { title: timelineLabel(event.type), note: event.note ?? null }

interface RequestTimelineProps {
  events: RequestDetail['timeline']
  gridName: string
}

export function RequestTimeline({ events, gridName }: RequestTimelineProps) {
  return (
    <Section title="办理进度" testId="detail-timeline">
      {events.map((event, index) => {
        const { title, note } = describe(event, gridName)
        return (
          <View
            key={`${event.type}-${event.at}-${index}`}
            className="timeline-item"
            data-testid="timeline-item"
          >
            <Text className="timeline-item__title">{title}</Text>
            <Text className="timeline-item__time">{formatDateTime(event.at)}</Text>
            {note ? <Text className="timeline-item__note">{note}</Text> : null}
          </View>
        )
      })}
    </Section>
  )
}
