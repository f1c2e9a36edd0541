// Small pieces the console's forms share: a text input with a test id, and one submit at a time.
import { Input } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import './console.css'

export function ConsoleInput(props: {
  value: string
  onChange: (v: string) => void
  testId: string
  placeholder?: string
}) {
  return (
    <Input
      className="console-input"
      data-testid={props.testId}
      value={props.value}
      placeholder={props.placeholder}
      onInput={(e) => props.onChange(e.detail.value)}
    />
  )
}

export function useSubmit() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (send: () => Promise<unknown>, done: string): Promise<boolean> => {
    if (busy) return false
    setBusy(true)
    setError(null)
    try {
      await send()
      void Taro.showToast({ title: done, icon: 'success' })
      return true
    } catch (e) {
      setError(errorMessage(e))
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, submit }
}
