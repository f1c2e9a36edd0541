// One decision: its text, owner, due date, status and progress notes; who may update it does so here.
import { Input, Text, View } from '@tarojs/components'
import type { DecisionStatus, DecisionView } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { formatDateTime } from '@/shared/lib/format-time'
import { NEXT_STATUSES, STATUS_LABELS } from '../lib/labels'
import './meetings.css'

export function DecisionCard(props: {
  d: DecisionView
  busy?: boolean
  onUpdate?: (status: DecisionStatus, note: string) => void
}) {
  const { d } = props
  const [note, setNote] = useState('')
  const next = NEXT_STATUSES[d.status]
  return (
    <View className="decision" data-testid="decision" data-decision-id={d.id}>
      <Text className="meeting__title">{d.text}</Text>
      <Text className="meeting__meta">
        责任方：{d.owner.name} · 完成时限：{d.dueOn}
      </Text>
      <Text
        className={`decision__status ${d.status === 'done' ? 'decision__status--done' : ''}`}
        data-testid="decision-status"
      >
        {STATUS_LABELS[d.status]}
      </Text>
      {d.progress.map((p, i) => (
        <Text className="meeting__meta" key={i} data-testid="decision-progress">
          {formatDateTime(p.at)} {STATUS_LABELS[p.status]}：{p.note}
        </Text>
      ))}
      {d.canUpdate && props.onUpdate && next.length > 0 ? (
        <View>
          <Input
            className="meeting-input"
            data-testid="decision-note"
            value={note}
            placeholder="进展说明，如：护栏已进场施工"
            onInput={(e) => setNote(e.detail.value)}
          />
          {next.map((s) => (
            <ActionButton
              key={s}
              variant="secondary"
              testId={`decision-to-${s}`}
              loading={props.busy}
              onClick={() => props.onUpdate?.(s, note.trim())}
            >
              {s === 'inProgress' && d.status === 'inProgress'
                ? '补充进展'
                : `标记${STATUS_LABELS[s]}`}
            </ActionButton>
          ))}
        </View>
      ) : null}
    </View>
  )
}
