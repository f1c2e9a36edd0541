// 导入住户 (org subpackage): staff import households and residents from a spreadsheet.
import { View } from '@tarojs/components'
import { ImportScreen } from '@/features/households/components/import-screen'

export default function Page() {
  return (
    <View className="page page--members">
      <ImportScreen />
    </View>
  )
}
