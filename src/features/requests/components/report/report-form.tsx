// 我要反映: the report form, its draft kept in storage and its submit with loading and errors.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { Me } from '@linli/types'
import { loadMe } from '@/shared/api/me'
import { useRetryNotice } from '@/shared/api/use-retry-notice'
import { ActionButton } from '@/shared/components/action-button'
import { Notice } from '@/shared/components/notice'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { requestDetailUrl } from '@/shared/lib/routes'
import { useReportDraft } from '../../hooks/use-report-draft'
import { useSubmitReport } from '../../hooks/use-submit-report'
import type { FiledRequest } from '../../hooks/use-submit-report'
import type { DraftChange } from '../../lib/report-draft'
import { markRequestsChanged } from '../../lib/request-freshness'
import type { ReportField } from '../../lib/validate-draft'
import { BuildingField } from './building-field'
import { CategoryField } from './category-field'
import { DescriptionField } from './description-field'
import { OptionsField } from './options-field'
import { SimilarPrompt } from './similar-prompt'

function ReportFormBody({ me }: { me: Me }) {
  const { draft, restored, update, discard } = useReportDraft()
  const onFiled = useCallback(
    (filed: FiledRequest) => {
      discard()
      markRequestsChanged()
      // A newcomer's report waits as `submitted` until the grid leader accepts it onto the board.
      void Taro.showToast(
        filed.status === 'submitted'
          ? { title: '已提交，等待网格长受理', icon: 'none' }
          : { title: '已提交', icon: 'success' },
      )
      void Taro.redirectTo({ url: requestDetailUrl(filed.id) })
    },
    [discard],
  )
  const { submit, sending, errors, clearError } = useSubmitReport({
    draft,
    defaultBuildingId: me.building?.id ?? null,
    onFiled,
  })
  const onJoined = useCallback(
    (id: string) => {
      discard()
      void Taro.showToast({ title: '已附议', icon: 'success' })
      void Taro.redirectTo({ url: requestDetailUrl(id) })
    },
    [discard],
  )
  const buildingId = draft.buildingId ?? me.building?.id ?? null
  // While the client re-sends on its own (same clientRequestId, so never filed twice), say so.
  const retrying = useRetryNotice()
  const change = (field: ReportField, value: DraftChange) => {
    update(value)
    clearError(field)
  }
  return (
    <View className="report-form" data-testid="report-form">
      {restored ? <Notice testId="draft-restored">已为您恢复上次没有提交的内容。</Notice> : null}
      <CategoryField
        value={draft.category}
        categories={me.categories}
        error={errors.category}
        onChange={(category) => change('category', { category })}
      />
      <DescriptionField
        value={draft.description}
        error={errors.description}
        disabled={sending}
        onChange={(description) => change('description', { description })}
      />
      <BuildingField
        chosenId={draft.buildingId}
        home={me.building}
        error={errors.buildingId}
        onChange={(buildingId) => change('buildingId', { buildingId })}
      />
      {draft.category && buildingId ? (
        <SimilarPrompt category={draft.category} buildingId={buildingId} onJoined={onJoined} />
      ) : null}
      <OptionsField urgency={draft.urgency} hideName={draft.hideName} onChange={update} />
      {sending && retrying ? (
        <Notice testId="retry-notice">{retrying}您填写的内容已保存，不会丢失。</Notice>
      ) : null}
      {errors.form ? (
        <Notice tone="error" testId="report-error">
          {errors.form}
        </Notice>
      ) : null}
      <ActionButton testId="report-submit" loading={sending} onClick={() => void submit()}>
        {sending ? (retrying ? '正在重试…' : '正在提交…') : '提交'}
      </ActionButton>
    </View>
  )
}

export function ReportForm() {
  const { state, reload } = useAsyncData(() => loadMe(), 'me')
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  return <ReportFormBody me={state.data} />
}
