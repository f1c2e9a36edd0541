// Staff's 积分规则: the community's points rules as a form — base points per handling mode, an extra
// per category, the on-time bonus, points per rating star and per verified hour. New rules count
// for records written from now on; points already earned stay.
import { Text, View } from '@tarojs/components'
import { handlingModeSchema, REQUEST_CATEGORIES, type PointsRules } from '@linli/types'
import { useEffect, useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { HANDLING_MODE_LABELS } from '@/shared/lib/request-labels'
import { getPointsRules, savePointsRules } from '../api/members-api'
import { formOf, rulesOf, type RulesForm } from '../lib/rules-form'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

const STARS = ['1 星', '2 星', '3 星', '4 星', '5 星']

function PointsField(props: {
  label: string
  value: string
  onChange: (v: string) => void
  testId: string
  bad: boolean
}) {
  return (
    <Field label={props.label}>
      <TextInput value={props.value} onChange={props.onChange} testId={props.testId} />
      {props.bad ? <Text className="field__error">请填写 -100 到 100 的整数</Text> : null}
    </Field>
  )
}

function Editor({ rules, onSaved }: { rules: PointsRules; onSaved: (r: PointsRules) => void }) {
  const [form, setForm] = useState<RulesForm>(() => formOf(rules))
  const [bad, setBad] = useState<string[]>([])
  const submit = useSubmit()
  useEffect(() => setForm(formOf(rules)), [rules])
  const edit = (change: (f: RulesForm) => RulesForm) => setForm((f) => change(f))
  const save = async () => {
    const checked = rulesOf(form)
    if (!checked.ok) return setBad(checked.errors)
    setBad([])
    if (await submit.submit(() => savePointsRules(checked.rules), '规则已保存'))
      onSaved(checked.rules)
  }
  return (
    <View data-testid="points-rules">
      <Section title="基础分（按五办方式）">
        {handlingModeSchema.options.map((m) => (
          <PointsField
            key={m}
            label={HANDLING_MODE_LABELS[m]}
            testId={`rule-mode-${m}`}
            value={form.baseByMode[m]}
            bad={bad.includes(`baseByMode.${m}`)}
            onChange={(v) => edit((f) => ({ ...f, baseByMode: { ...f.baseByMode, [m]: v } }))}
          />
        ))}
      </Section>
      <Section title="类别加分（不填为不加分）">
        {REQUEST_CATEGORIES.map((c) => (
          <PointsField
            key={c.id}
            label={c.name}
            testId={`rule-category-${c.id}`}
            value={form.extraByCategory[c.id]}
            bad={bad.includes(`extraByCategory.${c.id}`)}
            onChange={(v) =>
              edit((f) => ({ ...f, extraByCategory: { ...f.extraByCategory, [c.id]: v } }))
            }
          />
        ))}
      </Section>
      <Section title="按时办结与居民评价">
        <PointsField
          label="按时办结加分"
          testId="rule-timeliness"
          value={form.timelinessBonus}
          bad={bad.includes('timelinessBonus')}
          onChange={(v) => edit((f) => ({ ...f, timelinessBonus: v }))}
        />
        {STARS.map((label, i) => (
          <PointsField
            key={label}
            label={`评价 ${label}`}
            testId={`rule-rating-${i + 1}`}
            value={form.ratingPoints[i] ?? ''}
            bad={bad.includes(`ratingPoints.${i}`)}
            onChange={(v) =>
              edit((f) => ({ ...f, ratingPoints: f.ratingPoints.map((p, j) => (j === i ? v : p)) }))
            }
          />
        ))}
      </Section>
      <Section title="其他服务">
        <PointsField
          label="每核实 1 小时"
          testId="rule-per-hour"
          value={form.perHour}
          bad={bad.includes('perHour')}
          onChange={(v) => edit((f) => ({ ...f, perHour: v }))}
        />
      </Section>
      {bad.length > 0 ? (
        <Text className="field__error" data-testid="rules-invalid">
          有 {bad.length} 项填写有误，请检查
        </Text>
      ) : null}
      {submit.error ? (
        <Text className="field__error" data-testid="rules-error">
          {submit.error}
        </Text>
      ) : null}
      <Text className="field__hint">新规则只计入此后的纪实，已得积分不变。</Text>
      <ActionButton testId="rules-save" loading={submit.busy} onClick={() => void save()}>
        保存规则
      </ActionButton>
    </View>
  )
}

export function PointsRulesEditor() {
  const { state, reload, replace } = useScreenData(getPointsRules)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  return <Editor rules={state.data.rules} onSaved={(rules) => replace({ rules })} />
}
