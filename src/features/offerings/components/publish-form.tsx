// 发布服务项目: a captain (for their team), a liaison (for their unit) or staff publishes a service
// with its slots — when, where, how many — and who may book it.
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  chinaDateOf,
  OFFERING_CATEGORIES,
  type Me,
  type OfferingAudience,
  type OfferingCategory,
} from '@linli/types'
import { useState } from 'react'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { useSubmit } from '@/shared/hooks/use-submit'
import { orgChoices, publishOffering } from '../api/offerings-api'
import { AUDIENCE_LABELS, CATEGORY_LABELS, chinaInstant } from '../lib/labels'
import './offerings.css'

interface Provider {
  kind: 'team' | 'unit'
  id: string
  name: string
}
interface SlotDraft {
  date: string
  from: string
  to: string
  place: string
  capacity: string
}

const DAY = 86_400_000
const firstSlot = (): SlotDraft => ({
  date: chinaDateOf(Date.now() + DAY),
  from: '09:00',
  to: '11:00',
  place: '社区党群服务中心',
  capacity: '20',
})

/** What the caller may publish for: their teams and units; staff, any. */
const providersOf = async (me: Me): Promise<{ providers: Provider[]; gridId: string | null }> => {
  const { choices } = await orgChoices()
  const staff = me.roles.some((r) => r.role === 'staff' || r.role === 'admin')
  const mayTeam = (id: string) =>
    staff || me.roles.some((r) => r.role === 'teamCaptain' && r.teamId === id)
  const mayUnit = (id: string) =>
    staff || me.roles.some((r) => r.role === 'unitLiaison' && r.unitId === id)
  return {
    providers: [
      ...choices.teams
        .filter((t) => mayTeam(t.id))
        .map((t) => ({ kind: 'team' as const, id: t.id, name: t.name })),
      ...choices.units
        .filter((u) => mayUnit(u.id))
        .map((u) => ({ kind: 'unit' as const, id: u.id, name: u.name })),
    ],
    gridId: me.grid?.id ?? choices.grids[0]?.id ?? null,
  }
}

function SlotFields({ slot, onChange }: { slot: SlotDraft; onChange: (s: SlotDraft) => void }) {
  return (
    <View className="offering__slot">
      <Picker
        mode="date"
        value={slot.date}
        onChange={(e) => onChange({ ...slot, date: String(e.detail.value) })}
      >
        <Text className="offering-input" data-testid="slot-date">
          {slot.date}
        </Text>
      </Picker>
      <Picker
        mode="time"
        value={slot.from}
        onChange={(e) => onChange({ ...slot, from: String(e.detail.value) })}
      >
        <Text className="offering-input" data-testid="slot-from">
          开始 {slot.from}
        </Text>
      </Picker>
      <Picker
        mode="time"
        value={slot.to}
        onChange={(e) => onChange({ ...slot, to: String(e.detail.value) })}
      >
        <Text className="offering-input" data-testid="slot-to">
          结束 {slot.to}
        </Text>
      </Picker>
      <Input
        className="offering-input"
        data-testid="slot-place"
        value={slot.place}
        placeholder="地点"
        onInput={(e) => onChange({ ...slot, place: e.detail.value })}
      />
      <Input
        className="offering-input"
        data-testid="slot-capacity"
        type="number"
        value={slot.capacity}
        placeholder="名额"
        onInput={(e) => onChange({ ...slot, capacity: e.detail.value })}
      />
    </View>
  )
}

function Form({ providers, gridId }: { providers: Provider[]; gridId: string | null }) {
  const [title, setTitle] = useState('')
  const [category, setCategory] = useState<OfferingCategory>('clinic')
  const [description, setDescription] = useState('')
  const [provider, setProvider] = useState<Provider | null>(providers[0] ?? null)
  const [audience, setAudience] = useState<OfferingAudience['kind']>('everyone')
  const [slots, setSlots] = useState<SlotDraft[]>([firstSlot()])
  const form = useSubmit()
  const send = async () => {
    if (!provider) return
    const target: OfferingAudience =
      audience === 'grid' && gridId
        ? { kind: 'grid', gridId }
        : audience === 'elderly'
          ? { kind: 'elderly' }
          : { kind: 'everyone' }
    const done = await form.submit(
      () =>
        publishOffering({
          title: title.trim(),
          category,
          description: description.trim(),
          provider: { kind: provider.kind, id: provider.id },
          audience: target,
          slots: slots.map((s) => ({
            startsAt: chinaInstant(s.date, s.from),
            endsAt: chinaInstant(s.date, s.to),
            place: s.place.trim(),
            capacity: Number(s.capacity),
          })),
        }),
      '已发布',
    )
    if (done) void Taro.navigateBack()
  }
  return (
    <View data-testid="publish-form">
      <Section>
        <Field label="服务名称">
          <Input
            className="offering-input"
            data-testid="offering-title"
            value={title}
            placeholder="如：周末义诊"
            onInput={(e) => setTitle(e.detail.value)}
          />
        </Field>
        <Field label="类别">
          <ChipGroup>
            {OFFERING_CATEGORIES.map((c) => (
              <ChoiceChip
                key={c}
                label={CATEGORY_LABELS[c]}
                selected={category === c}
                testId={`offering-category-${c}`}
                onSelect={() => setCategory(c)}
              />
            ))}
          </ChipGroup>
        </Field>
        <Field label="服务说明（选填）">
          <Textarea
            className="offering-input offering-input--area"
            data-testid="offering-description"
            value={description}
            maxlength={500}
            onInput={(e) => setDescription(e.detail.value)}
          />
        </Field>
        <Field label="提供方">
          <ChipGroup>
            {providers.map((p) => (
              <ChoiceChip
                key={p.id}
                label={p.name}
                selected={provider?.id === p.id}
                onSelect={() => setProvider(p)}
              />
            ))}
          </ChipGroup>
        </Field>
        <Field label="谁可以预约">
          <ChipGroup>
            {(['everyone', 'grid', 'elderly'] as const).map((a) => (
              <ChoiceChip
                key={a}
                label={AUDIENCE_LABELS[a]}
                selected={audience === a}
                testId={`audience-${a}`}
                onSelect={() => setAudience(a)}
              />
            ))}
          </ChipGroup>
        </Field>
      </Section>
      <Section title="场次">
        {slots.map((s, i) => (
          <SlotFields
            key={i}
            slot={s}
            onChange={(next) => setSlots((all) => all.map((x, j) => (j === i ? next : x)))}
          />
        ))}
        <ActionButton
          variant="secondary"
          testId="add-slot"
          onClick={() => {
            const last = slots[slots.length - 1] ?? firstSlot()
            const date = chinaDateOf(Date.parse(`${last.date}T12:00:00+08:00`) + 7 * DAY)
            setSlots((all) => [...all, { ...last, date }])
          }}
        >
          再加一场（下周同一时间）
        </ActionButton>
      </Section>
      {form.error ? (
        <Text className="field__error" data-testid="publish-error">
          {form.error}
        </Text>
      ) : null}
      <ActionButton
        testId="publish-submit"
        loading={form.busy}
        disabled={!provider}
        onClick={() => void send()}
      >
        发布
      </ActionButton>
    </View>
  )
}

export function PublishForm() {
  const { state, reload } = useScreenData(async () => providersOf(await loadMe()))
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  if (state.data.providers.length === 0) {
    return (
      <Text className="offering__meta">
        只有服务队队长、驻区单位联络员和社区工作人员可以发布服务
      </Text>
    )
  }
  return <Form providers={state.data.providers} gridId={state.data.gridId} />
}
