// 现场签到 (offerings subpackage): scan in WeChat, or opened from the code's link (`?a=&w=&c=`).
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import { CheckInView, codeFromParams } from '@/features/activities/components/check-in-view'

export default function Page() {
  const params = useRouter().params
  const fromLink = useMemo(() => codeFromParams(params), [params])
  return (
    <View className="page page--offerings">
      <CheckInView fromLink={fromLink} />
    </View>
  )
}
