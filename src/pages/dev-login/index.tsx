// Local sign-in: choose a demo identity for the H5 build.
import { Text, View } from '@tarojs/components'
import { IdentityList } from '@/features/dev-login/components/identity-list'

export default function DevLoginPage() {
  return (
    <View className="page page--dev-login">
      <Text className="page__title">选择演示身份</Text>
      <IdentityList />
    </View>
  )
}
