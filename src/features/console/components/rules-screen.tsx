// 规则 for staff: the community's categories (name, on/off, handling mode) and the due time of each
// handling mode, saved over the version read (another staff member's save first: RULES.STALE), and
// the change log — who, when, before → after. Points rules are edited on 积分规则 (same store).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  handlingModeSchema,
  REQUEST_CATEGORY_IDS,
  type CategoryRules,
  type DueTimeRule,
  type DueTimeRules,
  type RulesView,
} from '@linli/types'
import { useEffect, useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { ROUTES } from '@/shared/lib/routes'
import { getRules, ruleChanges, updateRules } from '../api/console-api'
import { changeLines, MODE_LABELS, RULE_KIND_LABELS } from '../lib/rule-diff'
import { ConsoleInput, useSubmit } from './console-form'

const KIND_NAMES: Record<DueTimeRule['kind'], string> = {
  hours: '小时内',
  endOfDay: '当天内',
  workingDays: '个工作日内',
}
const amountOf = (r: DueTimeRule) =>
  r.kind === 'hours' ? r.hours : r.kind === 'endOfDay' ? r.plusDays : r.days
const ruleOf = (kind: DueTimeRule['kind'], n: number): DueTimeRule =>
  kind === 'hours'
    ? { kind, hours: n }
    : kind === 'endOfDay'
      ? { kind, plusDays: n }
      : { kind, days: n }

function Categories({ set, onSaved }: { set: RulesView['categories']; onSaved: () => void }) {
  const [value, setValue] = useState<CategoryRules>(set.value)
  const submit = useSubmit()
  useEffect(() => setValue(set.value), [set])
  const edit = (id: keyof CategoryRules, change: Partial<CategoryRules[keyof CategoryRules]>) =>
    setValue((v) => ({ ...v, [id]: { ...v[id], ...change } }))
  const save = async () => {
    const sent = { kind: 'categories' as const, value, version: set.version }
    if (await submit.submit(() => updateRules({ ...sent, clientRequestId: key() }), '类别已保存'))
      onSaved()
  }
  return (
    <Section title="问题类别" testId="rules-categories">
      {REQUEST_CATEGORY_IDS.map((id) => (
        <View key={id} className="console-row">
          <Field label={value[id].enabled ? '类别名称' : '类别名称（已停用）'}>
            <ConsoleInput
              testId={`category-name-${id}`}
              value={value[id].name}
              onChange={(name) => edit(id, { name })}
            />
          </Field>
          <ChipGroup>
            <ChoiceChip
              label={value[id].enabled ? '受理中' : '已停用'}
              kind="checkbox"
              testId={`category-enabled-${id}`}
              selected={value[id].enabled}
              onSelect={() => edit(id, { enabled: !value[id].enabled })}
            />
            {handlingModeSchema.options.map((m) => (
              <ChoiceChip
                key={m}
                label={MODE_LABELS[m]}
                testId={`category-mode-${id}-${m}`}
                selected={value[id].handlingMode === m}
                onSelect={() => edit(id, { handlingMode: m })}
              />
            ))}
          </ChipGroup>
        </View>
      ))}
      {submit.error ? (
        <Text className="field__error" data-testid="categories-error">
          {submit.error}
        </Text>
      ) : null}
      <ActionButton testId="categories-save" loading={submit.busy} onClick={() => void save()}>
        保存类别
      </ActionButton>
    </Section>
  )
}

function DueTimes({ set, onSaved }: { set: RulesView['dueTimes']; onSaved: () => void }) {
  const [value, setValue] = useState<DueTimeRules>(set.value)
  const [amounts, setAmounts] = useState(() => amountsOf(set.value))
  const [bad, setBad] = useState(false)
  const submit = useSubmit()
  useEffect(() => {
    setValue(set.value)
    setAmounts(amountsOf(set.value))
  }, [set])
  const save = async () => {
    const next = { ...value }
    for (const m of handlingModeSchema.options) {
      const n = Number(amounts[m])
      if (!Number.isInteger(n) || n < 0) return setBad(true)
      next[m] = ruleOf(value[m].kind, n)
    }
    setBad(false)
    const sent = { kind: 'dueTimes' as const, value: next, version: set.version }
    if (await submit.submit(() => updateRules({ ...sent, clientRequestId: key() }), '时限已保存'))
      onSaved()
  }
  return (
    <Section title="办理时限（五办）" testId="rules-due-times">
      {handlingModeSchema.options.map((m) => (
        <View key={m} className="console-row">
          <Field label={MODE_LABELS[m]}>
            <ConsoleInput
              testId={`due-amount-${m}`}
              value={amounts[m]}
              onChange={(v) => setAmounts((a) => ({ ...a, [m]: v }))}
            />
          </Field>
          <ChipGroup>
            {(Object.keys(KIND_NAMES) as DueTimeRule['kind'][]).map((k) => (
              <ChoiceChip
                key={k}
                label={KIND_NAMES[k]}
                testId={`due-kind-${m}-${k}`}
                selected={value[m].kind === k}
                onSelect={() => setValue((v) => ({ ...v, [m]: ruleOf(k, amountOf(v[m])) }))}
              />
            ))}
          </ChipGroup>
        </View>
      ))}
      {bad ? <Text className="field__error">请填写整数（小时 1–720，工作日 1–60）</Text> : null}
      {submit.error ? (
        <Text className="field__error" data-testid="due-times-error">
          {submit.error}
        </Text>
      ) : null}
      <ActionButton testId="due-times-save" loading={submit.busy} onClick={() => void save()}>
        保存时限
      </ActionButton>
    </Section>
  )
}

const amountsOf = (v: DueTimeRules) =>
  Object.fromEntries(handlingModeSchema.options.map((m) => [m, String(amountOf(v[m]))])) as Record<
    keyof DueTimeRules,
    string
  >
const key = () => `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

function ChangeLog({ version }: { version: string }) {
  const changes = useScreenData(() => ruleChanges(), version)
  if (changes.state.status === 'loading') return <LoadingState />
  if (changes.state.status === 'error')
    return <ErrorState error={changes.state.error} onRetry={() => void changes.reload()} />
  const items = changes.state.data.items
  if (items.length === 0)
    return <EmptyState title="还没有修改记录" hint="保存规则后，这里记下谁在何时改了什么" />
  return (
    <View data-testid="rule-changes">
      {items.map((c) => (
        <View
          key={c.id}
          className="console-change"
          data-testid={`rule-change-${c.kind}-${c.version}`}
        >
          <Text className="console-row__title">
            {RULE_KIND_LABELS[c.kind]} · 第 {c.version} 版
          </Text>
          <Text className="console-row__meta">
            {c.byName ?? '工作人员'} ·{' '}
            {new Date(c.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
          </Text>
          {changeLines(c.kind, c.before, c.after).map((line) => (
            <Text key={line} className="console-row__meta">
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}

export function RulesScreen() {
  const rules = useScreenData(getRules)
  if (rules.state.status === 'loading') return <LoadingState />
  if (rules.state.status === 'error')
    return <ErrorState error={rules.state.error} onRetry={() => void rules.reload()} />
  const data = rules.state.data
  const reload = () => void rules.reload()
  return (
    <View data-testid="rules-screen">
      <Categories set={data.categories} onSaved={reload} />
      <DueTimes set={data.dueTimes} onSaved={reload} />
      <Section title="积分规则">
        <Text className="console-row__meta">第 {data.points.version} 版</Text>
        <ActionButton
          variant="secondary"
          testId="open-points-rules"
          onClick={() => void Taro.navigateTo({ url: ROUTES.pointsRules })}
        >
          编辑积分规则
        </ActionButton>
      </Section>
      <Section title="修改记录">
        <ChangeLog
          version={`${data.categories.version}-${data.dueTimes.version}-${data.points.version}`}
        />
      </Section>
    </View>
  )
}
