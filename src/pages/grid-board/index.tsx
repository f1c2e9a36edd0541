// 网格待办: the grid's requests, for grid leaders and community staff.
import { View } from '@tarojs/components'
import { GridTodo } from '@/features/requests/components/lists/grid-todo'

export default function GridBoardPage() {
  return (
    <View className="page page--grid-board">
      <GridTodo />
    </View>
  )
}
