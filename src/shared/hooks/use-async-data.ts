// Loads one thing when the key changes and on demand, exposing what a page shows: loading, error, ready.
import { useCallback, useEffect, useRef, useState } from 'react'

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T }

export function useAsyncData<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const loadRef = useRef(load)
  loadRef.current = load
  // Only the latest call may write: a slow answer for an old key must not overwrite a new one.
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const call = ++latest.current
    setState({ status: 'loading' })
    try {
      const data = await loadRef.current()
      if (call === latest.current) setState({ status: 'ready', data })
    } catch (error) {
      if (call === latest.current) setState({ status: 'error', error })
    }
  }, [])

  useEffect(() => {
    void reload()
    return () => {
      latest.current += 1
    }
  }, [key, reload])

  /** Shows data the caller already has (e.g. the fresh detail an action answered with). */
  const replace = useCallback((data: T) => {
    latest.current += 1
    setState({ status: 'ready', data })
  }, [])

  return { state, reload, replace }
}
