// 问题类别: every category the community takes reports of, as a big chip, all visible at once (no
// hidden picker wheel). Staff switch categories off and rename them (规则设置): `categories` comes
// with org.me; without it (still loading, or a form that has no `me`) the fixed set is offered and
// the server refuses a switched-off one with a message that says so.
import { REQUEST_CATEGORIES } from '@linli/types'
import type { ReportCategory, RequestCategoryId } from '@linli/types'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'

interface CategoryFieldProps {
  value: RequestCategoryId | null
  categories?: readonly ReportCategory[]
  error?: string
  onChange: (category: RequestCategoryId) => void
}

export function CategoryField({
  value,
  categories = REQUEST_CATEGORIES,
  error,
  onChange,
}: CategoryFieldProps) {
  const sensitive = categories.find((c) => c.id === value)?.sensitive ?? false
  return (
    <Field
      label="问题类别"
      hint={sensitive ? '这类问题不会出现在公开看板上，只有网格长和工作人员能看到。' : undefined}
      error={error}
      errorTestId="report-category-error"
    >
      <ChipGroup>
        {categories.map((category) => (
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
