// 问题所在楼院: prefilled with the caller's building; "更换" opens the list from org.listBuildings.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Place } from '@linli/types'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { listBuildings } from '../../api/requests-api'
import './building-field.css'

interface BuildingFieldProps {
  /** The draft's choice; null means the caller's own building. */
  chosenId: string | null
  home: Place | null
  error?: string
  onChange: (buildingId: string) => void
}

export function BuildingField({ chosenId, home, error, onChange }: BuildingFieldProps) {
  const selectedId = chosenId ?? home?.id ?? null
  const [open, setOpen] = useState(selectedId === null)
  const { state, reload } = useAsyncData(() => listBuildings(), 'buildings')
  const options = state.status === 'ready' ? state.data.items : []
  const selectedName =
    options.find((b) => b.id === selectedId)?.name ?? (home?.id === selectedId ? home?.name : null)

  return (
    <Field label="问题所在楼院" error={error} errorTestId="report-building-error">
      <View className="building-current">
        <Text className="building-current__name" data-testid="report-building">
          {selectedName ?? '还没有选择'}
        </Text>
        <ActionButton variant="secondary" testId="change-building" onClick={() => setOpen(!open)}>
          {open ? '收起' : '更换楼院'}
        </ActionButton>
      </View>
      {open && state.status === 'loading' ? (
        <Text className="field__hint">正在加载楼院…</Text>
      ) : null}
      {open && state.status === 'error' ? (
        <View className="building-error">
          <Text className="field__error">{errorMessage(state.error)}</Text>
          <ActionButton variant="secondary" onClick={() => void reload()}>
            重新加载
          </ActionButton>
        </View>
      ) : null}
      {open && options.length > 0 ? (
        <ChipGroup>
          {options.map((building) => (
            <ChoiceChip
              key={building.id}
              label={building.name}
              selected={building.id === selectedId}
              testId={`building-option-${building.id}`}
              onSelect={() => {
                onChange(building.id)
                setOpen(false)
              }}
            />
          ))}
        </ChipGroup>
      ) : null}
    </Field>
  )
}
