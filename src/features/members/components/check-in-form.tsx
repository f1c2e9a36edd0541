// 双报到: an in-service member registers (unit, Party organisation, grid post, teams, specialties).
import { Text, View } from '@tarojs/components'
import type { TeamKind } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { myRegistration, register } from '../api/members-api'
import { TEAM_KIND_LABELS } from '../lib/labels'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

const STATUS = { pending: '审核中', approved: '已通过', declined: '未通过' } as const
const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item]

export function CheckInForm() {
  const { state, reload } = useScreenData(myRegistration)
  const [name, setName] = useState('')
  const [partyOrgName, setPartyOrgName] = useState('')
  const [unitId, setUnitId] = useState('')
  const [gridId, setGridId] = useState('')
  const [teamIds, setTeamIds] = useState<string[]>([])
  const [specialties, setSpecialties] = useState<TeamKind[]>([])
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const { registration, member, choices } = state.data
  if (member) return <Section title="双报到">您已是本社区党员。</Section>
  const status = registration?.status
  const send = async () => {
    const input = {
      name: name.trim(),
      partyOrgName: partyOrgName.trim(),
      unitId,
      gridId,
      teamIds,
      specialties,
    }
    if (await form.submit(() => register(input), '已提交报到')) void reload()
  }
  return (
    <View data-testid="check-in">
      {registration ? (
        <Section title="我的报到">
          <Text data-testid="check-in-status" data-status={registration.status}>
            {registration.unit.name} · {registration.grid.name} · {STATUS[registration.status]}
          </Text>
          {registration.reason ? <Text>原因：{registration.reason}</Text> : null}
        </Section>
      ) : null}
      {status === 'pending' || status === 'approved' ? null : (
        <Section title="在职党员到社区报到">
          <Field label="姓名">
            <TextInput value={name} onChange={setName} testId="check-in-name" />
          </Field>
          <Field label="工作单位">
            <ChipGroup>
              {choices.units.map((u) => (
                <ChoiceChip
                  key={u.id}
                  label={u.name}
                  testId={`unit-${u.id}`}
                  selected={unitId === u.id}
                  onSelect={() => setUnitId(u.id)}
                />
              ))}
            </ChipGroup>
          </Field>
          <Field label="所在党组织">
            <TextInput value={partyOrgName} onChange={setPartyOrgName} testId="check-in-org" />
          </Field>
          <Field label="定岗网格">
            <ChipGroup>
              {choices.grids.map((g) => (
                <ChoiceChip
                  key={g.id}
                  label={g.name}
                  testId={`grid-${g.id}`}
                  selected={gridId === g.id}
                  onSelect={() => setGridId(g.id)}
                />
              ))}
            </ChipGroup>
          </Field>
          <Field label="志愿服务队（可多选）">
            <ChipGroup>
              {choices.teams.map((t) => (
                <ChoiceChip
                  key={t.id}
                  kind="checkbox"
                  label={t.name}
                  selected={teamIds.includes(t.id)}
                  onSelect={() => setTeamIds(toggle(teamIds, t.id))}
                />
              ))}
            </ChipGroup>
          </Field>
          <Field label="特长（可多选）">
            <ChipGroup>
              {(Object.keys(TEAM_KIND_LABELS) as TeamKind[]).map((k) => (
                <ChoiceChip
                  key={k}
                  kind="checkbox"
                  label={TEAM_KIND_LABELS[k]}
                  selected={specialties.includes(k)}
                  onSelect={() => setSpecialties(toggle(specialties, k))}
                />
              ))}
            </ChipGroup>
          </Field>
          {form.error ? (
            <Text className="field__error" data-testid="check-in-error">
              {form.error}
            </Text>
          ) : null}
          <ActionButton testId="check-in-submit" loading={form.busy} onClick={() => void send()}>
            提交报到
          </ActionButton>
        </Section>
      )}
    </View>
  )
}
