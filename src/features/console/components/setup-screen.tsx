// 社区设置 for staff: grids (with their leader), buildings, 驻区单位, volunteer teams (with their
// captain) and members' posts, each listed with an edit form; 新增 opens an empty one.
import { Text, View } from '@tarojs/components'
import { TEAM_KINDS, type SetupView } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { getSetup, saveBuilding, saveGrid, savePost, saveTeam, saveUnit } from '../api/console-api'
import { TEAM_KIND_NAMES, UNIT_KIND_NAMES } from '../lib/setup-labels'
import { ConsoleInput, useSubmit } from './console-form'

type Kind = 'grid' | 'building' | 'unit' | 'team' | 'post'
/** The form open now: its kind, the id it edits (absent: a new one) and its fields. */
interface Draft {
  kind: Kind
  id?: string
  name: string
  /** grid: leader; building: grid; unit: party org; team: captain; post: grid. */
  ref: string
  /** building: order; unit: unit kind; team: team kind. */
  extra: string
}

const TITLES: Record<Kind, string> = {
  grid: '网格',
  building: '楼栋',
  unit: '驻区单位',
  team: '志愿服务队',
  post: '党员设岗',
}

const send = (d: Draft) => {
  const orNull = (v: string) => (v === '' ? null : v)
  switch (d.kind) {
    case 'grid':
      return saveGrid({ id: d.id, name: d.name, leaderId: orNull(d.ref) })
    case 'building':
      return saveBuilding({ id: d.id, name: d.name, gridId: d.ref, order: Number(d.extra) || 0 })
    case 'unit':
      return saveUnit({ id: d.id, name: d.name, partyOrgName: d.ref, kind: d.extra as never })
    case 'team':
      return saveTeam({ id: d.id, name: d.name, captainId: orNull(d.ref), kind: d.extra as never })
    case 'post':
      return savePost({ personId: d.id ?? '', gridId: orNull(d.ref) })
  }
}

function Chips(props: {
  options: readonly { id: string; name: string }[]
  value: string
  onChange: (v: string) => void
  testId: string
}) {
  return (
    <ChipGroup>
      {props.options.map((o) => (
        <ChoiceChip
          key={o.id}
          label={o.name}
          testId={`${props.testId}-${o.id || 'none'}`}
          selected={props.value === o.id}
          onSelect={() => props.onChange(o.id)}
        />
      ))}
    </ChipGroup>
  )
}

function DraftForm(props: {
  draft: Draft
  setup: SetupView
  onDone: () => void
  onCancel: () => void
}) {
  const [d, setD] = useState(props.draft)
  const submit = useSubmit()
  const set = (change: Partial<Draft>) => setD((x) => ({ ...x, ...change }))
  const members = [
    { id: '', name: '暂无' },
    ...props.setup.posts.map((p) => ({ id: p.personId, name: p.name })),
  ]
  const grids = props.setup.grids.map((g) => ({ id: g.id, name: g.name }))
  const save = async () => {
    if (await submit.submit(() => send(d), '已保存')) props.onDone()
  }
  return (
    <View className="console-row" data-testid="setup-form">
      {d.kind !== 'post' ? (
        <Field label="名称">
          <ConsoleInput testId="setup-name" value={d.name} onChange={(name) => set({ name })} />
        </Field>
      ) : (
        <Text className="console-row__title">{d.name}</Text>
      )}
      {d.kind === 'grid' || d.kind === 'team' ? (
        <Field label={d.kind === 'grid' ? '网格长' : '队长'}>
          <Chips
            options={members}
            value={d.ref}
            onChange={(ref) => set({ ref })}
            testId="setup-person"
          />
        </Field>
      ) : null}
      {d.kind === 'building' || d.kind === 'post' ? (
        <Field label="所属网格">
          <Chips
            options={d.kind === 'post' ? [{ id: '', name: '不设岗' }, ...grids] : grids}
            value={d.ref}
            onChange={(ref) => set({ ref })}
            testId="setup-grid"
          />
        </Field>
      ) : null}
      {d.kind === 'building' ? (
        <Field label="排序">
          <ConsoleInput testId="setup-order" value={d.extra} onChange={(extra) => set({ extra })} />
        </Field>
      ) : null}
      {d.kind === 'unit' ? (
        <>
          <Field label="党组织名称">
            <ConsoleInput testId="setup-party-org" value={d.ref} onChange={(ref) => set({ ref })} />
          </Field>
          <Chips
            options={Object.entries(UNIT_KIND_NAMES).map(([id, name]) => ({ id, name }))}
            value={d.extra}
            onChange={(extra) => set({ extra })}
            testId="setup-unit-kind"
          />
        </>
      ) : null}
      {d.kind === 'team' ? (
        <Chips
          options={TEAM_KINDS.map((k) => ({ id: k, name: TEAM_KIND_NAMES[k] }))}
          value={d.extra}
          onChange={(extra) => set({ extra })}
          testId="setup-team-kind"
        />
      ) : null}
      {submit.error ? (
        <Text className="field__error" data-testid="setup-error">
          {submit.error}
        </Text>
      ) : null}
      <ActionButton testId="setup-save" loading={submit.busy} onClick={() => void save()}>
        保存
      </ActionButton>
      <ActionButton variant="secondary" testId="setup-cancel" onClick={props.onCancel}>
        取消
      </ActionButton>
    </View>
  )
}

interface Item {
  key: string
  title: string
  meta: string
  draft: Draft
}

const itemsOf = (s: SetupView): Record<Kind, Item[]> => {
  const gridName = (id: string | null) => s.grids.find((g) => g.id === id)?.name ?? '未设岗'
  return {
    grid: s.grids.map((g) => ({
      key: g.id,
      title: g.name,
      meta: `网格长：${g.leaderName ?? '暂无'}`,
      draft: { kind: 'grid', id: g.id, name: g.name, ref: g.leaderId ?? '', extra: '' },
    })),
    building: s.buildings.map((b) => ({
      key: b.id,
      title: b.name,
      meta: gridName(b.gridId),
      draft: { kind: 'building', id: b.id, name: b.name, ref: b.gridId, extra: String(b.order) },
    })),
    unit: s.units.map((u) => ({
      key: u.id,
      title: u.name,
      meta: `${UNIT_KIND_NAMES[u.kind]} · ${u.partyOrgName}`,
      draft: { kind: 'unit', id: u.id, name: u.name, ref: u.partyOrgName, extra: u.kind },
    })),
    team: s.teams.map((t) => ({
      key: t.id,
      title: t.name,
      meta: `${TEAM_KIND_NAMES[t.kind]} · 队长：${t.captainName ?? '暂无'}`,
      draft: { kind: 'team', id: t.id, name: t.name, ref: t.captainId ?? '', extra: t.kind },
    })),
    post: s.posts.map((p) => ({
      key: p.personId,
      title: p.name,
      meta: gridName(p.gridId),
      draft: { kind: 'post', id: p.personId, name: p.name, ref: p.gridId ?? '', extra: '' },
    })),
  }
}

const EMPTY: Record<Exclude<Kind, 'post'>, Draft> = {
  grid: { kind: 'grid', name: '', ref: '', extra: '' },
  building: { kind: 'building', name: '', ref: '', extra: '0' },
  unit: { kind: 'unit', name: '', ref: '', extra: 'enterprise' },
  team: { kind: 'team', name: '', ref: '', extra: 'teaching' },
}

export function SetupScreen() {
  const setup = useScreenData(getSetup)
  const [draft, setDraft] = useState<Draft | null>(null)
  if (setup.state.status === 'loading') return <LoadingState />
  if (setup.state.status === 'error')
    return <ErrorState error={setup.state.error} onRetry={() => void setup.reload()} />
  const data = setup.state.data
  const items = itemsOf(data)
  const form = (d: Draft) => (
    <DraftForm
      key={`${d.kind}-${d.id ?? 'new'}`}
      draft={d}
      setup={data}
      onCancel={() => setDraft(null)}
      onDone={() => {
        setDraft(null)
        void setup.reload()
      }}
    />
  )
  return (
    <View data-testid="setup-screen">
      {(Object.keys(TITLES) as Kind[]).map((kind) => (
        <Section key={kind} title={TITLES[kind]} testId={`setup-${kind}`}>
          {items[kind].length === 0 ? (
            <EmptyState title={`还没有${TITLES[kind]}`} testId={`setup-empty-${kind}`} />
          ) : null}
          {items[kind].map((item) =>
            draft?.kind === kind && draft.id === item.key ? (
              form(draft)
            ) : (
              <View
                key={item.key}
                className="console-row"
                data-testid={`setup-item-${item.key}`}
                onClick={() => setDraft(item.draft)}
              >
                <Text className="console-row__title">{item.title}</Text>
                <Text className="console-row__meta">{item.meta} · 点击编辑</Text>
              </View>
            ),
          )}
          {draft?.kind === kind && !draft.id ? form(draft) : null}
          {kind !== 'post' && !(draft?.kind === kind && !draft.id) ? (
            <ActionButton
              variant="secondary"
              testId={`setup-add-${kind}`}
              onClick={() => setDraft(EMPTY[kind])}
            >
              新增{TITLES[kind]}
            </ActionButton>
          ) : null}
        </Section>
      ))}
    </View>
  )
}
