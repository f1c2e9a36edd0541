// 任务大厅's filters: status (待认领 / 办理中 / 全部) and category (sensitive ones never reach a board).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { REQUEST_CATEGORIES } from '@linli/types'
import {
  ChipGroup,
  ChoiceChip,
  ChoiceChips,
  type ChoiceOption,
} from '@/shared/components/choice-chip'
import type { BoardFilters as Filters } from '../../api/requests-api'
import './board-filters.css'

type Status = NonNullable<Filters['status']>
const STATUSES: readonly ChoiceOption<Status>[] = [
  { value: 'open', label: '待认领', testId: 'board-status-open' },
  { value: 'taken', label: '办理中', testId: 'board-status-taken' },
  { value: 'active', label: '全部', testId: 'board-status-active' },
]
const BOARD_CATEGORIES = REQUEST_CATEGORIES.filter((c) => !c.sensitive)

interface BoardFiltersProps {
  value: Filters
  onChange: (next: Filters) => void
}

export function BoardFilters({ value, onChange }: BoardFiltersProps) {
  const [showCategories, setShowCategories] = useState(false)
  const categoryName = BOARD_CATEGORIES.find((c) => c.id === value.category)?.name ?? '全部类别'
  const setCategory = (category: Filters['category']) => {
    const { category: _old, ...rest } = value
    onChange(category ? { ...rest, category } : rest)
    setShowCategories(false)
  }
  return (
    <View className="board-filters" data-testid="board-filters">
      <ChoiceChips
        options={STATUSES}
        value={value.status ?? 'open'}
        onChange={(status) => onChange({ ...value, status })}
      />
      <View
        className="board-filters__category"
        data-testid="board-category-toggle"
        ariaRole="button"
        onClick={() => setShowCategories(!showCategories)}
      >
        <Text>{`类别：${categoryName} ${showCategories ? '▲' : '▼'}`}</Text>
      </View>
      {showCategories ? (
        <ChipGroup>
          <ChoiceChip
            label="全部类别"
            selected={!value.category}
            testId="board-category-all"
            onSelect={() => setCategory(undefined)}
          />
          {BOARD_CATEGORIES.map((c) => (
            <ChoiceChip
              key={c.id}
              label={c.name}
              selected={value.category === c.id}
              testId={`board-category-${c.id}`}
              onSelect={() => setCategory(c.id)}
            />
          ))}
        </ChipGroup>
      ) : null}
    </View>
  )
}
