// 问题描述: a roomy text box with a live count against the contract's limits.
import { Text, Textarea } from '@tarojs/components'
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '@linli/types'
import { Field } from '@/shared/components/field'
import './description-field.css'

interface DescriptionFieldProps {
  value: string
  error?: string
  disabled: boolean
  onChange: (description: string) => void
}

export function DescriptionField({ value, error, disabled, onChange }: DescriptionFieldProps) {
  const length = value.trim().length
  const counter = (
    <Text
      className={`description-counter ${length > DESCRIPTION_MAX ? 'description-counter--over' : ''}`}
      data-testid="description-counter"
    >
      {`${length}/${DESCRIPTION_MAX}`}
    </Text>
  )
  return (
    <Field
      label="问题描述"
      hint={`至少 ${DESCRIPTION_MIN} 个字：在哪里、什么问题、从什么时候开始`}
      error={error}
      errorTestId="report-description-error"
      aside={counter}
    >
      <Textarea
        className="report-description"
        data-testid="report-description"
        value={value}
        maxlength={DESCRIPTION_MAX}
        disabled={disabled}
        placeholder="例如：3号楼2单元楼道灯坏了，晚上看不见路"
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  )
}
