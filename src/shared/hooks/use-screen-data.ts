// Loads a screen's data, reloading on pull-down and whenever the page shows again (back from a form).
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef } from 'react'
import { useAsyncData } from './use-async-data'

export function useScreenData<T>(load: () => Promise<T>, key = '') {
  const data = useAsyncData(load, key)
  const shown = useRef(false)
  usePullDownRefresh(() => {
    void data.reload().finally(() => void Taro.stopPullDownRefresh())
  })
  useDidShow(() => {
    if (shown.current) void data.reload()
    shown.current = true
  })
  return data
}
