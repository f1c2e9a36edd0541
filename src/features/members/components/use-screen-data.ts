// Loads a members screen's data, reloading on pull-down and whenever the page shows again.
import { usePullDownRefresh, useDidShow } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import { useRef } from 'react'
import { useAsyncData } from '@/shared/hooks/use-async-data'

export function useScreenData<T>(load: () => Promise<T>, key = '') {
  const data = useAsyncData(load, key)
  const shown = useRef(false)
  usePullDownRefresh(() => {
    void data.reload().finally(() => void Taro.stopPullDownRefresh())
  })
  // The first show is the first load; later shows (back from a form) load afresh.
  useDidShow(() => {
    if (shown.current) void data.reload()
    shown.current = true
  })
  return data
}
