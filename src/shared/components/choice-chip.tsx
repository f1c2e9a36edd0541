// A large tappable option (category, urgency, building): selected state shown by fill and a check.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './choice-chip.css'

interface ChoiceChipProps {
  label: string
  selected: boolean
  onSelect: () => void
  testId?: string
  /** `checkbox` for an on/off toggle, `radio` for one choice among several. */
  kind?: 'radio' | 'checkbox'
  /** A full-width chip, for a lone toggle with a longer label. */
  wide?: boolean
}

export function ChoiceChip(props: ChoiceChipProps) {
  const { label, selected, onSelect, testId, kind = 'radio', wide = false } = props
  return (
    <View
      className={`choice-chip ${selected ? 'choice-chip--selected' : ''} ${wide ? 'choice-chip--wide' : ''}`}
      data-testid={testId}
      data-selected={selected ? 'true' : 'false'}
      ariaRole={kind}
      aria-checked={selected ? 'true' : 'false'}
      onClick={onSelect}
    >
      <Text className="choice-chip__label">{selected ? `✓ ${label}` : label}</Text>
    </View>
  )
}

export function ChipGroup({ children }: { children: ReactNode }) {
  return <View className="chip-group">{children}</View>
}

export interface ChoiceOption<T extends string> {
  value: T
  label: string
  testId?: string
}

/** One choice among a few fixed options (a list's status filter): a group of radio chips. */
export function ChoiceChips<T extends string>(props: {
  options: readonly ChoiceOption<T>[]
  value: T
  onChange: (value: T) => void
}) {
  const { options, value, onChange } = props
  return (
    <ChipGroup>
      {options.map((o) => (
        <ChoiceChip
          key={o.value}
          label={o.label}
          selected={value === o.value}
          {...(o.testId ? { testId: o.testId } : {})}
          onSelect={() => onChange(o.value)}
        />
      ))}
    </ChipGroup>
  )
}
