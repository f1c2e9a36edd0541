// 首页: in the local H5 build, without a chosen demo identity, go to the sign-in page first.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { HomeView } from '@/features/home/components/home-view'
import { getDevOpenid } from '@/shared/api/dev-identity'
import { ROUTES } from '@/shared/lib/routes'

export default function IndexPage() {
  const needsSignIn = process.env.TARO_ENV === 'h5' && getDevOpenid() === null
  useEffect(() => {
    if (needsSignIn) void Taro.redirectTo({ url: ROUTES.devLogin })
  }, [needsSignIn])
  return <View className="page page--home">{needsSignIn ? null : <HomeView />}</View>
}
