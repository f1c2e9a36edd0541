// Opening a request from any list: one stable function, so memoised cards do not re-render.
import Taro from '@tarojs/taro'
import { requestDetailUrl } from '@/shared/lib/routes'

export const openRequest = (id: string): void => {
  void Taro.navigateTo({ url: requestDetailUrl(id) })
}
