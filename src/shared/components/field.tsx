// A labelled form field with an optional hint and the field's own error underneath.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './field.css'

interface FieldProps {
  label: string
  hint?: string
  error?: string
  errorTestId?: string
  children: ReactNode
  aside?: ReactNode
}

export function Field({ label, hint, error, errorTestId, children, aside }: FieldProps) {
  return (
    <View className={`field ${error ? 'field--invalid' : ''}`}>
      <View className="field__head">
        <Text className="field__label">{label}</Text>
        {aside}
      </View>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {children}
      {error ? (
        <Text className="field__error" data-testid={errorTestId}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
