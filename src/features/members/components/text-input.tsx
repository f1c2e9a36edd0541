// A one-line or multi-line text input for the members forms, with a stable test id.
import { Input, Textarea } from '@tarojs/components'
import './members.css'

interface TextInputProps {
  value: string
  onChange: (value: string) => void
  testId: string
  placeholder?: string
  multiline?: boolean
}

export function TextInput({ value, onChange, testId, placeholder, multiline }: TextInputProps) {
  return multiline ? (
    <Textarea
      className="member-input"
      data-testid={testId}
      value={value}
      placeholder={placeholder}
      maxlength={200}
      onInput={(e) => onChange(e.detail.value)}
    />
  ) : (
    <Input
      className="member-input"
      data-testid={testId}
      value={value}
      placeholder={placeholder}
      onInput={(e) => onChange(e.detail.value)}
    />
  )
}
