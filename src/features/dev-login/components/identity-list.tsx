// Local sign-in: pick a demo identity; the H5 client then sends its openid as X-WX-OPENID.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { getDevOpenid, setDevOpenid } from '@/shared/api/dev-identity'
import { forgetMe } from '@/shared/api/me'
import { Notice } from '@/shared/components/notice'
import { ROUTES } from '@/shared/lib/routes'
import { DEMO_IDENTITIES } from '../demo-identities'
import './identity-list.css'

export function IdentityList() {
  const current = getDevOpenid()
  const choose = (openid: string) => {
    setDevOpenid(openid)
    forgetMe()
    void Taro.reLaunch({ url: ROUTES.home })
  }
  return (
    <View className="identity-list" data-testid="dev-login">
      <Notice title="本地演示登录">
        这个页面只在本机的网页版里出现。在微信小程序里，身份由微信提供。
      </Notice>
      {DEMO_IDENTITIES.map((identity) => (
        <View
          key={identity.openid}
          className={`identity-card ${identity.openid === current ? 'identity-card--current' : ''}`}
          data-testid={`identity-${identity.openid}`}
          ariaRole="button"
          onClick={() => choose(identity.openid)}
        >
          <Text className="identity-card__title">{identity.title}</Text>
          <Text className="identity-card__description">{identity.description}</Text>
          <Text className="identity-card__openid">
            {identity.openid === current ? `${identity.openid}（当前）` : identity.openid}
          </Text>
        </View>
      ))}
    </View>
  )
}
