// 记录议事会 (staff): topic, date, participants, the linked requests (prefilled from a hot spot) and
// the decisions, each with its owner (a 驻区单位 or a team) and due date.
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { chinaDateOf } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { Section } from '@/shared/components/section'
import { useSubmit } from '@/shared/hooks/use-submit'
import { recordMeeting } from '../api/meetings-api'
import './meetings.css'

const DAY = 86_400_000

interface DecisionDraft {
  text: string
  ownerKind: 'unit' | 'team'
  ownerId: string
  ownerName: string
  dueOn: string
}

const blank = (): DecisionDraft => ({
  text: '',
  ownerKind: 'unit',
  ownerId: '',
  ownerName: '',
  dueOn: chinaDateOf(Date.now() + 30 * DAY),
})

/** Participants typed one a line: 单位名 or 居民代表 姓名. */
const participantsOf = (lines: string) =>
  lines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name) => ({ kind: name.startsWith('居民代表') ? 'resident' : 'unit', name }) as const)

export function RecordMeetingForm(props: { requestIds: string[]; topic?: string }) {
  const [topic, setTopic] = useState(props.topic ?? '')
  const [heldOn, setHeldOn] = useState(chinaDateOf(Date.now()))
  const [participants, setParticipants] = useState('')
  const [decisions, setDecisions] = useState<DecisionDraft[]>([blank()])
  const form = useSubmit()
  const change = (i: number, patch: Partial<DecisionDraft>) =>
    setDecisions(decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)))
  const send = async () => {
    const done = await form.submit(
      () =>
        recordMeeting({
          topic: topic.trim(),
          heldOn,
          participants: participantsOf(participants),
          requestIds: props.requestIds,
          decisions: decisions.map((d) => ({
            text: d.text.trim(),
            owner: { kind: d.ownerKind, id: d.ownerId.trim(), name: d.ownerName.trim() },
            dueOn: d.dueOn,
            requestIds: props.requestIds,
          })),
        }),
      '议事记录已保存',
    )
    if (done) void Taro.navigateBack()
  }
  return (
    <View data-testid="record-meeting-form">
      <Section>
        <Field label="议题">
          <Input
            className="meeting-input"
            data-testid="meeting-topic"
            value={topic}
            placeholder="如：益民巷环境整治议事会"
            onInput={(e) => setTopic(e.detail.value)}
          />
        </Field>
        <Field label="召开日期">
          <Picker mode="date" value={heldOn} onChange={(e) => setHeldOn(String(e.detail.value))}>
            <Text className="meeting-input">{heldOn}</Text>
          </Picker>
        </Field>
        <Field label="参会方（每行一个，居民代表以“居民代表”开头）">
          <Textarea
            className="meeting-input"
            data-testid="meeting-participants"
            value={participants}
            onInput={(e) => setParticipants(e.detail.value)}
          />
        </Field>
        <Field label="关联诉求">
          <Text className="meeting__meta" data-testid="meeting-linked">
            {props.requestIds.length > 0
              ? `已关联 ${props.requestIds.length} 条诉求`
              : '未关联诉求'}
          </Text>
        </Field>
      </Section>
      {decisions.map((d, i) => (
        <Section key={i}>
          <Field label={`决议 ${i + 1}`}>
            <Textarea
              className="meeting-input"
              data-testid="decision-text"
              value={d.text}
              placeholder="如：安装路灯 28 盏"
              onInput={(e) => change(i, { text: e.detail.value })}
            />
          </Field>
          <Field label="责任方（单位或志愿队的编号与名称）">
            <Picker
              mode="selector"
              range={['驻区单位', '志愿服务队']}
              onChange={(e) =>
                change(i, { ownerKind: Number(e.detail.value) === 1 ? 'team' : 'unit' })
              }
            >
              <Text className="meeting-input">
                {d.ownerKind === 'team' ? '志愿服务队' : '驻区单位'}
              </Text>
            </Picker>
            <Input
              className="meeting-input"
              data-testid="decision-owner-id"
              value={d.ownerId}
              placeholder="编号，如 unit-1"
              onInput={(e) => change(i, { ownerId: e.detail.value })}
            />
            <Input
              className="meeting-input"
              data-testid="decision-owner-name"
              value={d.ownerName}
              placeholder="名称，如 市住建局"
              onInput={(e) => change(i, { ownerName: e.detail.value })}
            />
          </Field>
          <Field label="完成时限">
            <Picker
              mode="date"
              value={d.dueOn}
              onChange={(e) => change(i, { dueOn: String(e.detail.value) })}
            >
              <Text className="meeting-input">{d.dueOn}</Text>
            </Picker>
          </Field>
        </Section>
      ))}
      <ActionButton
        variant="secondary"
        testId="add-decision"
        onClick={() => setDecisions([...decisions, blank()])}
      >
        再加一项决议
      </ActionButton>
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <ActionButton testId="meeting-submit" loading={form.busy} onClick={() => void send()}>
        保存议事记录
      </ActionButton>
    </View>
  )
}
