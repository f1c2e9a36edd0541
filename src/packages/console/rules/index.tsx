// 规则 (console subpackage): categories, due times and points as data, with the change log.
import { View } from '@tarojs/components'
import { RulesScreen } from '@/features/console/components/rules-screen'

export default function Page() {
  return (
    <View className="page page--members">
      <RulesScreen />
    </View>
  )
}
