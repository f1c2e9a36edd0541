// H5 only: the demo openid chosen on the dev sign-in page, sent to the gateway as X-WX-OPENID.
import Taro from '@tarojs/taro'

const STORAGE_KEY = 'linli.devOpenid'

export const getDevOpenid = (): string | null => {
  const value: unknown = Taro.getStorageSync(STORAGE_KEY)
  return typeof value === 'string' && value.length > 0 ? value : null
}

export const setDevOpenid = (openid: string): void => {
  Taro.setStorageSync(STORAGE_KEY, openid)
}

export const clearDevOpenid = (): void => {
  Taro.removeStorageSync(STORAGE_KEY)
}
