// 问题类别: every category as a big chip, all visible at once (no hidden picker wheel).
import { REQUEST_CATEGORIES } from '@linli/types'
import type { RequestCategoryId } from '@linli/types'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'

interface CategoryFieldProps {
  value: RequestCategoryId | null
  error?: string
  onChange: (category: RequestCategoryId) => void
}

export function CategoryField({ value, error, onChange }: CategoryFieldProps) {
  const sensitive = REQUEST_CATEGORIES.find((c) => c.id === value)?.sensitive ?? false
  return (
    <Field
      label="问题类别"
      hint={sensitive ? '这类问题不会出现在公开看板上，只有网格长和工作人员能看到。' : undefined}
      error={error}
      errorTestId="report-category-error"
    >
      <ChipGroup>
        {REQUEST_CATEGORIES.map((category) => (
          <ChoiceChip
            key={category.id}
            label={category.name}
            selected={category.id === value}
            testId={`category-${category.id}`}
            onSelect={() => onChange(category.id)}
          />
        ))}
      </ChipGroup>
    </Field>
  )
}
