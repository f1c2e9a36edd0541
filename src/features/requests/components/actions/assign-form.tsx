// 指派 / 转办: pick a member, team or unit from org.listAssignees (转办: a unit or a department).
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { listAssignees } from '../../api/requests-api'
import { useRequestAction } from '../../hooks/use-request-action'
import { NoteField, SheetFooter, type ActionFormProps } from './sheet-parts'

type Target = { kind: 'member' | 'team' | 'unit'; id: string } | { kind: 'department' }

const same = (a: Target | null, kind: string, id?: string) =>
  a?.kind === kind && (a.kind === 'department' || a.id === id)

function Options({
  action,
  gridId,
  target,
  onPick,
}: {
  action: 'assign' | 'transfer'
  gridId: string
  target: Target | null
  onPick: (t: Target) => void
}) {
  const { state, reload } = useAsyncData(() => listAssignees(gridId), `assignees-${gridId}`)
  if (state.status === 'loading') return <Text className="field__hint">正在加载…</Text>
  if (state.status === 'error')
    return (
      <Text className="field__error" onClick={() => void reload()}>
        {`${errorMessage(state.error)}（点此重试）`}
      </Text>
    )
  const groups = [
    ...(action === 'assign'
      ? [
          { kind: 'member' as const, title: '党员', items: state.data.members },
          { kind: 'team' as const, title: '志愿服务队', items: state.data.teams },
        ]
      : []),
    { kind: 'unit' as const, title: '驻区单位', items: state.data.units },
  ]
  return (
    <View>
      {groups.map((group) => (
        <Field key={group.kind} label={group.title}>
          <ChipGroup>
            {group.items.map((item) => (
              <ChoiceChip
                key={item.id}
                label={item.name}
                selected={same(target, group.kind, item.id)}
                testId={`assignee-${group.kind}-${item.id}`}
                onSelect={() => onPick({ kind: group.kind, id: item.id })}
              />
            ))}
          </ChipGroup>
        </Field>
      ))}
      {action === 'transfer' ? (
        <ChoiceChip
          wide
          label="转给其他部门（填写名称）"
          selected={same(target, 'department')}
          testId="assignee-department"
          onSelect={() => onPick({ kind: 'department' })}
        />
      ) : null}
    </View>
  )
}

export function AssignForm({
  action,
  ...props
}: ActionFormProps & { action: 'assign' | 'transfer' }) {
  const [target, setTarget] = useState<Target | null>(null)
  const [department, setDepartment] = useState('')
  const [text, setText] = useState('')
  const { send, sending, error, stale } = useRequestAction(action, props.request.id, props.onDone)
  const to =
    target === null
      ? undefined
      : target.kind === 'department'
        ? { kind: 'department', name: department }
        : target
  const fields =
    action === 'assign' ? { to, ...(text.trim() ? { note: text } : {}) } : { to, reason: text }
  return (
    <>
      <Options action={action} gridId={props.request.gridId} target={target} onPick={setTarget} />
      {target?.kind === 'department' ? (
        <Field label="部门名称">
          <Input
            className="sheet-input"
            data-testid="department-name"
            value={department}
            placeholder="例如：市自然资源局"
            onInput={(e) => setDepartment(e.detail.value)}
          />
        </Field>
      ) : null}
      <NoteField
        label={action === 'assign' ? '交代几句（可不填）' : '转办原因'}
        value={text}
        onChange={setText}
      />
      <SheetFooter
        submitLabel={action === 'assign' ? '确认指派' : '确认转办'}
        sending={sending}
        error={target === null && error ? '请选择办理对象' : error}
        stale={stale}
        onSubmit={() => void send(fields as never)}
        onCancel={props.onCancel}
      />
    </>
  )
}
