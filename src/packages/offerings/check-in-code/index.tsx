// The organiser's rotating check-in code (offerings subpackage): `?id=<activity>`.
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CheckInCodeView } from '@/features/activities/components/check-in-code-view'

export default function Page() {
  const id = useRouter().params.id ?? ''
  return (
    <View className="page page--offerings">
      <CheckInCodeView id={id} />
    </View>
  )
}
