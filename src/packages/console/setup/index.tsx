// 社区设置 (console subpackage): staff keep grids, buildings, units, teams and members' posts.
import { View } from '@tarojs/components'
import { SetupScreen } from '@/features/console/components/setup-screen'

export default function Page() {
  return (
    <View className="page page--members">
      <SetupScreen />
    </View>
  )
}
