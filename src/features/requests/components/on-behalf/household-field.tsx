// 代办's resident: a building from org.listBuildings, then a household from org.listHouseholds.
import { Text } from '@tarojs/components'
import { errorMessage } from '@/shared/api/error-messages'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { listBuildings, listHouseholds } from '../../api/requests-api'

function Households({
  buildingId,
  value,
  onChange,
}: {
  buildingId: string
  value: string | null
  onChange: (id: string) => void
}) {
  const { state } = useAsyncData(() => listHouseholds(buildingId), `households-${buildingId}`)
  if (state.status === 'loading') return <Text className="field__hint">正在加载住户…</Text>
  if (state.status === 'error')
    return <Text className="field__error">{errorMessage(state.error)}</Text>
  return (
    <ChipGroup>
      {state.data.items.map((h) => (
        <ChoiceChip
          key={h.id}
          label={h.residentName ? `${h.room} ${h.residentName}` : h.room}
          selected={value === h.id}
          testId={`household-${h.id}`}
          onSelect={() => onChange(h.id)}
        />
      ))}
    </ChipGroup>
  )
}

interface HouseholdFieldProps {
  buildingId: string | null
  householdId: string | null
  error?: string
  onBuilding: (id: string) => void
  onHousehold: (id: string) => void
}

export function HouseholdField(props: HouseholdFieldProps) {
  const { state } = useAsyncData(() => listBuildings(), 'buildings')
  return (
    <>
      <Field label="居民所在楼院">
        {state.status === 'ready' ? (
          <ChipGroup>
            {state.data.items.map((b) => (
              <ChoiceChip
                key={b.id}
                label={b.name}
                selected={props.buildingId === b.id}
                testId={`onbehalf-building-${b.id}`}
                onSelect={() => props.onBuilding(b.id)}
              />
            ))}
          </ChipGroup>
        ) : (
          <Text className="field__hint">
            {state.status === 'error' ? errorMessage(state.error) : '正在加载楼院…'}
          </Text>
        )}
      </Field>
      {props.buildingId ? (
        <Field label="住户" error={props.error} errorTestId="onbehalf-household-error">
          <Households
            key={props.buildingId}
            buildingId={props.buildingId}
            value={props.householdId}
            onChange={props.onHousehold}
          />
        </Field>
      ) : null}
    </>
  )
}
