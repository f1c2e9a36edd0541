// Runs one form submit at a time: busy while sending, the error's Chinese message after a failure.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'

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
