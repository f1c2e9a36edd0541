// The request's timeline as vertical steps: what happened, when, the note and any photos.
import { Text, View } from '@tarojs/components'
import type { TimelineItem } from '@linli/types'
import { Section } from '@/shared/components/section'
import { formatDateTime } from '@/shared/lib/format-time'
import { timelineLabel } from '@/shared/lib/request-labels'
import { PhotoGrid } from './photo-grid'
import './request-timeline.css'

/** A routing event names the grid in words; its note carries the grid's id, not for people. */
const describe = (event: TimelineItem, gridName: string) =>
  event.type === 'routed'
    ? { title: `已分派到${gridName}`, note: null }
    : { title: timelineLabel(event.type), note: event.note ?? null }

interface RequestTimelineProps {
  events: readonly TimelineItem[]
  gridName: string
}

export function RequestTimeline({ events, gridName }: RequestTimelineProps) {
  const last = events.length - 1
  return (
    <Section title="办理进度" testId="detail-timeline">
      <View className="steps">
        {events.map((event, index) => {
          const { title, note } = describe(event, gridName)
          return (
            <View
              key={`${event.type}-${event.at}-${index}`}
              className={`step ${index === last ? 'step--current' : ''}`}
              data-testid="timeline-item"
              data-type={event.type}
            >
              <View className="step__rail">
                <View className="step__dot" />
                {index === last ? null : <View className="step__line" />}
              </View>
              <View className="step__body">
                <Text className="step__title">{title}</Text>
                <Text className="step__time">{formatDateTime(event.at)}</Text>
                {note ? <Text className="step__note">{note}</Text> : null}
                <PhotoGrid photos={event.photos ?? []} />
              </View>
            </View>
          )
        })}
      </View>
    </Section>
  )
}
