// Runs one submit at a time: busy while sending, the error's Chinese message after a failure.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { errorMessage } from '../api/error-messages'

export function useSubmit() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async <T>(send: () => Promise<T>, done: string): Promise<T | null> => {
    if (busy) return null
    setBusy(true)
    setError(null)
    try {
      const answer = await send()
      void Taro.showToast({ title: done, icon: 'success' })
      return answer
    } catch (e) {
      setError(errorMessage(e))
      return null
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, submit }
}
