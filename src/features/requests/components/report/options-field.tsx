// 紧急程度 and 匿名: two small choices, each a big chip.
import type { Urgency } from '@linli/types'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { URGENCY_LABELS } from '@/shared/lib/request-labels'

interface OptionsFieldProps {
  urgency: Urgency
  hideName: boolean
  onChange: (change: { urgency?: Urgency; hideName?: boolean }) => void
}

const URGENCIES: readonly Urgency[] = ['normal', 'urgent']

export function OptionsField({ urgency, hideName, onChange }: OptionsFieldProps) {
  return (
    <>
      <Field label="紧急程度" hint="遇到漏电、漏气、有人受伤等危险，请先拨打 110、119 或 120。">
        <ChipGroup>
          {URGENCIES.map((u) => (
            <ChoiceChip
              key={u}
              label={URGENCY_LABELS[u]}
              selected={u === urgency}
              testId={`urgency-${u}`}
              onSelect={() => onChange({ urgency: u })}
            />
          ))}
        </ChipGroup>
      </Field>
      <Field label="匿名" hint="选中后，公开看板上不显示您的姓名；网格长仍能联系您。">
        <ChoiceChip
          kind="checkbox"
          wide
          label="不公开我的姓名"
          selected={hideName}
          testId="hide-name"
          onSelect={() => onChange({ hideName: !hideName })}
        />
      </Field>
    </>
  )
}
