// 服务菜单: what the community's units and teams offer, by category; book a slot in one tap.
// Providers (captains, liaisons, staff) publish from here and open a slot's bookings.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { OFFERING_CATEGORIES, type OfferingCategory, type SlotView } from '@linli/types'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { EmptyState, ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { ROUTES } from '@/shared/lib/routes'
import { bookSlot, listOfferings } from '../api/offerings-api'
import { CATEGORY_LABELS } from '../lib/labels'
import { OfferingCard } from './offering-card'

type Filter = OfferingCategory | 'all'
const PROVIDER_ROLES = ['teamCaptain', 'unitLiaison', 'staff', 'admin']

export function OfferingMenu() {
  const [filter, setFilter] = useState<Filter>('all')
  const [busySlot, setBusySlot] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { state, reload } = useScreenData(async () => {
    const [page, me] = await Promise.all([
      listOfferings(filter === 'all' ? {} : { category: filter }),
      loadMe(),
    ])
    return { page, provider: me.roles.some((r) => PROVIDER_ROLES.includes(r.role)) }
  }, filter)
  const book = async (slot: SlotView) => {
    setBusySlot(slot.id)
    setError(null)
    try {
      await bookSlot(slot.id)
      void Taro.showToast({ title: '预约成功', icon: 'success' })
      await reload()
    } catch (e) {
      setError(errorMessage(e))
      await reload()
    } finally {
      setBusySlot(null)
    }
  }
  return (
    <View data-testid="offering-menu">
      <ChipGroup>
        {(['all', ...OFFERING_CATEGORIES] as Filter[]).map((c) => (
          <ChoiceChip
            key={c}
            label={c === 'all' ? '全部' : CATEGORY_LABELS[c]}
            selected={filter === c}
            testId={`category-${c}`}
            onSelect={() => setFilter(c)}
          />
        ))}
      </ChipGroup>
      {error ? (
        <Text className="field__error" data-testid="book-error">
          {error}
        </Text>
      ) : null}
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? (
        <ErrorState error={state.error} onRetry={() => void reload()} />
      ) : null}
      {state.status === 'ready' ? (
        <View>
          {state.data.provider ? (
            <ActionButton
              testId="publish-offering"
              onClick={() => void Taro.navigateTo({ url: ROUTES.publishOffering })}
            >
              发布服务项目
            </ActionButton>
          ) : null}
          {state.data.page.items.length === 0 ? (
            <EmptyState title="暂时没有这类服务" hint="换个类别看看，或下拉刷新" />
          ) : null}
          {state.data.page.items.map((o) => (
            <OfferingCard
              key={o.id}
              offering={o}
              busySlot={busySlot}
              onBook={(s) => void book(s)}
            />
          ))}
        </View>
      ) : null}
    </View>
  )
}
