// 发起活动: staff (for the community) or a captain (for their team) create an activity with its
// time, place, capacity and sign-up deadline.
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { chinaDateOf } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { Section } from '@/shared/components/section'
import { useSubmit } from '@/shared/hooks/use-submit'
import { createActivity } from '../api/activities-api'
import './activities.css'

const DAY = 86_400_000
const at = (date: string, time: string) => `${date}T${time}:00+08:00`

function DateTime(props: {
  date: string
  time: string
  onDate: (d: string) => void
  onTime: (t: string) => void
  testId: string
}) {
  return (
    <View>
      <Picker mode="date" value={props.date} onChange={(e) => props.onDate(String(e.detail.value))}>
        <Text className="activity-input" data-testid={`${props.testId}-date`}>
          {props.date}
        </Text>
      </Picker>
      <Picker mode="time" value={props.time} onChange={(e) => props.onTime(String(e.detail.value))}>
        <Text className="activity-input" data-testid={`${props.testId}-time`}>
          {props.time}
        </Text>
      </Picker>
    </View>
  )
}

export function CreateActivityForm() {
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [place, setPlace] = useState('社区党群服务中心')
  const [capacity, setCapacity] = useState('50')
  const [date, setDate] = useState(chinaDateOf(Date.now() + 3 * DAY))
  const [from, setFrom] = useState('19:00')
  const [to, setTo] = useState('21:00')
  const [deadlineDate, setDeadlineDate] = useState(chinaDateOf(Date.now() + 2 * DAY))
  const [deadlineTime, setDeadlineTime] = useState('18:00')
  const form = useSubmit()
  const send = async () => {
    const done = await form.submit(
      () =>
        createActivity({
          title: title.trim(),
          description: description.trim(),
          startsAt: at(date, from),
          endsAt: at(date, to),
          place: place.trim(),
          capacity: Number(capacity),
          signUpDeadline: at(deadlineDate, deadlineTime),
        }),
      '活动已发布',
    )
    if (done) void Taro.navigateBack()
  }
  return (
    <View data-testid="create-activity-form">
      <Section>
        <Field label="活动名称">
          <Input
            className="activity-input"
            data-testid="activity-title"
            value={title}
            placeholder="如：名师大讲堂"
            onInput={(e) => setTitle(e.detail.value)}
          />
        </Field>
        <Field label="活动介绍（选填）">
          <Textarea
            className="activity-input"
            value={description}
            maxlength={500}
            onInput={(e) => setDescription(e.detail.value)}
          />
        </Field>
        <Field label="时间">
          <DateTime
            date={date}
            time={from}
            onDate={setDate}
            onTime={setFrom}
            testId="activity-start"
          />
          <Picker mode="time" value={to} onChange={(e) => setTo(String(e.detail.value))}>
            <Text className="activity-input">结束 {to}</Text>
          </Picker>
        </Field>
        <Field label="地点">
          <Input
            className="activity-input"
            value={place}
            onInput={(e) => setPlace(e.detail.value)}
          />
        </Field>
        <Field label="名额">
          <Input
            className="activity-input"
            type="number"
            value={capacity}
            onInput={(e) => setCapacity(e.detail.value)}
          />
        </Field>
        <Field label="报名截止">
          <DateTime
            date={deadlineDate}
            time={deadlineTime}
            onDate={setDeadlineDate}
            onTime={setDeadlineTime}
            testId="activity-deadline"
          />
        </Field>
      </Section>
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <ActionButton testId="activity-submit" loading={form.busy} onClick={() => void send()}>
        发布活动
      </ActionButton>
    </View>
  )
}
