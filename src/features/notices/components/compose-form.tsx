// 发通知: pick the target (grid, some buildings, members, team…), write, preview, send now, at 8 the
// next morning, or keep as a draft. The answer shows the content check's verdict.
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { chinaClock, instantOfChinaClock, type NoticeTarget, type Urgency } from '@linli/types'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { Notice } from '@/shared/components/notice'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { noticeDetailUrl } from '@/shared/lib/routes'
import { listTargets, sendNotice } from '../api/notices-api'
import './notices.css'

type Mode = 'now' | 'schedule' | 'draft'
type Result = Awaited<ReturnType<typeof sendNotice>>

const newKey = () => `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

/** 8:00 China time tomorrow: when people read their phones, not at night. */
const tomorrowMorning = (): Date =>
  instantOfChinaClock(chinaClock(new Date()).add(1, 'day').startOf('day').add(8, 'hour'))

const RESULT_TEXT: Record<string, string> = {
  published: '已发送',
  held: '内容需人工审核，已提交社区审核，通过后自动发送',
  scheduled: '已定时，明早 8:00 发送',
  draft: '已存为草稿',
}

export function ComposeForm() {
  const targets = useAsyncData(listTargets, 'targets')
  const [choice, setChoice] = useState(0)
  const [buildingIds, setBuildingIds] = useState<string[]>([])
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [urgency, setUrgency] = useState<Urgency>('normal')
  const [mode, setMode] = useState<Mode>('now')
  const [preview, setPreview] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [result, setResult] = useState<Result | null>(null)
  const key = useMemo(newKey, [title, body, choice, buildingIds, urgency, mode])

  if (targets.state.status === 'loading') return <LoadingState />
  if (targets.state.status === 'error') {
    return <ErrorState error={targets.state.error} onRetry={() => void targets.reload()} />
  }
  const { options, buildings } = targets.state.data
  const picked = options[choice]
  const grid = picked?.target.kind === 'grid' ? picked.target.gridId : null
  const target: NoticeTarget | undefined =
    grid && buildingIds.length > 0
      ? { kind: 'buildings', gridId: grid, buildingIds }
      : picked?.target

  const submit = async () => {
    if (!target) return
    setBusy(true)
    setError(null)
    try {
      const scheduledAt = mode === 'schedule' ? tomorrowMorning().toISOString() : undefined
      setResult(
        await sendNotice({
          title,
          body,
          urgency,
          target,
          mode,
          clientRequestId: key,
          ...(scheduledAt ? { scheduledAt } : {}),
        }),
      )
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  if (result) {
    return (
      <View data-testid="compose-result" data-status={result.status} data-verdict={result.verdict}>
        <Notice title={RESULT_TEXT[result.status] ?? result.status}>
          {result.status === 'published'
            ? `已送达 ${result.recipientCount} 人的消息箱`
            : '可在“我发的通知”中查看'}
        </Notice>
        <View className="notice-actions">
          <ActionButton
            testId="open-sent"
            onClick={() => void Taro.redirectTo({ url: noticeDetailUrl(result.id, 'inbox') })}
          >
            查看通知
          </ActionButton>
        </View>
      </View>
    )
  }
  return (
    <View data-testid="compose-form">
      <Section title="发给谁">
        <View className="notice-chips">
          {options.map((o, i) => (
            <ChoiceChip
              key={o.label}
              label={o.label}
              selected={i === choice}
              testId={`target-${i}`}
              onSelect={() => {
                setChoice(i)
                setBuildingIds([])
              }}
            />
          ))}
        </View>
        {grid ? (
          <Field label="只发部分楼栋（可不选）">
            <View className="notice-chips">
              {buildings
                .filter((b) => b.gridId === grid)
                .map((b) => (
                  <ChoiceChip
                    key={b.id}
                    kind="checkbox"
                    label={b.name}
                    testId={`building-${b.id}`}
                    selected={buildingIds.includes(b.id)}
                    onSelect={() =>
                      setBuildingIds((ids) =>
                        ids.includes(b.id) ? ids.filter((x) => x !== b.id) : [...ids, b.id],
                      )
                    }
                  />
                ))}
            </View>
          </Field>
        ) : null}
      </Section>
      <Section title="内容">
        <Field label="标题">
          <Input
            className="notice-input"
            data-testid="notice-title"
            value={title}
            maxlength={40}
            onInput={(e) => setTitle(e.detail.value)}
          />
        </Field>
        <Field label="正文" hint="最多 2000 字">
          <Textarea
            className="notice-textarea"
            data-testid="notice-text"
            value={body}
            maxlength={2000}
            onInput={(e) => setBody(e.detail.value)}
          />
        </Field>
        <View className="notice-chips">
          <ChoiceChip
            label="普通"
            selected={urgency === 'normal'}
            testId="urgency-normal"
            onSelect={() => setUrgency('normal')}
          />
          <ChoiceChip
            label="紧急"
            selected={urgency === 'urgent'}
            testId="urgency-urgent"
            onSelect={() => setUrgency('urgent')}
          />
        </View>
        <View className="notice-chips">
          <ChoiceChip
            label="立即发送"
            selected={mode === 'now'}
            testId="mode-now"
            onSelect={() => setMode('now')}
          />
          <ChoiceChip
            label="明早8点发送"
            selected={mode === 'schedule'}
            testId="mode-schedule"
            onSelect={() => setMode('schedule')}
          />
          <ChoiceChip
            label="存草稿"
            selected={mode === 'draft'}
            testId="mode-draft"
            onSelect={() => setMode('draft')}
          />
        </View>
      </Section>
      {preview ? (
        <Section title="预览" testId="notice-preview">
          <Text className="notice-card__title">
            {urgency === 'urgent' ? <Text className="notice-urgent">紧急</Text> : null}
            {title}
          </Text>
          <Text className="notice-card__meta">{target && picked ? picked.label : ''}</Text>
          <Text className="notice-body">{body}</Text>
        </Section>
      ) : null}
      {error ? (
        <Notice tone="error" testId="compose-error">
          {errorMessage(error)}
        </Notice>
      ) : null}
      <View className="notice-actions">
        <ActionButton
          variant="secondary"
          testId="toggle-preview"
          onClick={() => setPreview((p) => !p)}
        >
          {preview ? '收起预览' : '预览'}
        </ActionButton>
        <ActionButton
          testId="send-notice"
          loading={busy}
          disabled={!target}
          onClick={() => void submit()}
        >
          {busy ? '正在发送…' : mode === 'draft' ? '存草稿' : '发送'}
        </ActionButton>
      </View>
    </View>
  )
}
