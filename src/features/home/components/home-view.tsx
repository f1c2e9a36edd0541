// 首页: who the caller is (name, grid, building) and the entries their roles allow.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Me } from '@linli/types'
import { loadMe } from '@/shared/api/me'
import { Notice } from '@/shared/components/notice'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { ROUTES } from '@/shared/lib/routes'
import { entriesFor } from '../role-entries'
import { roleLabels } from '../role-labels'
import './home-view.css'

/** Where the caller lives; a leader or staff member without a household has no line to show. */
const showsPlace = (me: Me): boolean =>
  !me.verified || me.roles.some((r) => r.role === 'resident') || me.building !== null

function IdentityCard({ me }: { me: Me }) {
  return (
    <View className="home-identity">
      <Text className="home-identity__name" data-testid="home-name">
        {me.name ? `${me.name}，您好` : '您好'}
      </Text>
      <Text className="home-identity__roles" data-testid="home-roles">
        {roleLabels(me)}
      </Text>
      {showsPlace(me) ? (
        <>
          <Text className="home-identity__place" data-testid="home-grid">
            {`网格：${me.grid?.name ?? '未分配'}`}
          </Text>
          <Text className="home-identity__place" data-testid="home-building">
            {`楼院：${me.building?.name ?? '未登记'}`}
          </Text>
        </>
      ) : null}
      {me.boardGrids.length > 0 ? (
        <Text className="home-identity__place" data-testid="home-board-grids">
          {`服务网格：${me.boardGrids.map((g) => g.name).join('、')}`}
        </Text>
      ) : null}
    </View>
  )
}

function Entries({ me }: { me: Me }) {
  return (
    <View className="home-entries">
      {entriesFor(me).map((entry) => (
        <View
          key={entry.key}
          className={`home-entry home-entry--${entry.key}`}
          data-testid={`entry-${entry.key}`}
          ariaRole="button"
          onClick={() => void Taro.navigateTo({ url: entry.url })}
        >
          <Text className="home-entry__title">{entry.title}</Text>
          <Text className="home-entry__hint">{entry.hint}</Text>
        </View>
      ))}
    </View>
  )
}

export function HomeView() {
  const { state, reload } = useAsyncData(() => loadMe(), 'me')
  if (state.status === 'loading') return <LoadingState />
  // A failed load is not cached (see loadMe), so retrying asks the server again.
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const me = state.data
  return (
    <View className="home" data-testid="home">
      <IdentityCard me={me} />
      {me.verified ? null : (
        <Notice title="您的身份还在核实中" testId="home-unverified-notice">
          社区工作人员核实住址后，就能看到更多内容。现在也可以直接反映问题。
        </Notice>
      )}
      <Entries me={me} />
      {process.env.TARO_ENV === 'h5' ? (
        <View
          className="home-switch"
          data-testid="switch-identity"
          onClick={() => void Taro.navigateTo({ url: ROUTES.devLogin })}
        >
          <Text>切换演示身份</Text>
        </View>
      ) : null}
    </View>
  )
}
