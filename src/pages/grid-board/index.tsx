// 网格待办: the grid's requests, for grid leaders and community staff.
import { View } from '@tarojs/components'
import { GridRequestList } from '@/features/grid-requests/components/grid-request-list'

export default function GridBoardPage() {
  return (
    <View className="page page--grid-board">
      <GridRequestList audience="leader" />
    </View>
  )
}
