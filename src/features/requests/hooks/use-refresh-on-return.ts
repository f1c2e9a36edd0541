// Reloads a list or detail when its page shows again after a request changed elsewhere.
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { requestsVersion } from '../lib/request-freshness'

export function useRefreshOnReturn(refresh: () => unknown): void {
  // The version this screen last loaded; a newer one means an action happened while it was hidden.
  const seen = useRef(requestsVersion())
  useDidShow(() => {
    const now = requestsVersion()
    if (now === seen.current) return
    seen.current = now
    void refresh()
  })
}
