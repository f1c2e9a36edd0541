// 代办: staff or a grid leader records a request for a resident who phoned or came in.
import { View } from '@tarojs/components'
import { OnBehalfForm } from '@/features/requests/components/on-behalf/on-behalf-form'

export default function OnBehalfPage() {
  return (
    <View className="page page--on-behalf">
      <OnBehalfForm />
    </View>
  )
}
