// 代办: building → household, channel (12345 with order and due time), category, description.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { reportOnBehalfInputSchema } from '@linli/types'
import type { OnBehalfChannel, RequestCategoryId } from '@linli/types'
import { errorMessage } from '@/shared/api/error-messages'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { Notice } from '@/shared/components/notice'
import { useAsyncData } from '@/shared/hooks/use-async-data'
import { requestDetailUrl } from '@/shared/lib/routes'
import { reportOnBehalf } from '../../api/requests-api'
import { newClientRequestId } from '../../lib/client-request-id'
import { markRequestsChanged } from '../../lib/request-freshness'
import { fieldErrorsFrom } from '../../lib/validate-draft'
import { CategoryField } from '../report/category-field'
import { DescriptionField } from '../report/description-field'
import { ChannelField, type HotlineDraft } from './channel-field'
import { HouseholdField } from './household-field'
import './on-behalf-form.css'

/** The hotline's due time is a China clock time: say so with +08:00 whatever the phone's zone. */
const hotlineOf = (h: HotlineDraft) => ({
  orderNo: h.orderNo,
  dueAt: h.date && h.time ? `${h.date}T${h.time}:00+08:00` : '',
})

export function OnBehalfForm() {
  const [buildingId, setBuildingId] = useState<string | null>(null)
  const [householdId, setHouseholdId] = useState<string | null>(null)
  const [channel, setChannel] = useState<OnBehalfChannel>('hotline')
  const [hotline, setHotline] = useState<HotlineDraft>({ orderNo: '', date: '', time: '' })
  const [category, setCategory] = useState<RequestCategoryId | null>(null)
  const [description, setDescription] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [sending, setSending] = useState(false)
  const key = useRef(newClientRequestId())
  // The community's categories come with org.me (read once per launch, shared with 首页).
  const me = useAsyncData(() => loadMe(), 'me').state

  const submit = async () => {
    if (sending) return
    const parsed = reportOnBehalfInputSchema.safeParse({
      householdId: householdId ?? '',
      category: category ?? undefined,
      description,
      channel,
      ...(channel === 'hotline12345' ? { hotline: hotlineOf(hotline) } : {}),
      clientRequestId: key.current,
    })
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path, message: i.message }))
      const fields = fieldErrorsFrom(issues)
      const head = (path: (string | number)[]) => issues.find((i) => i.path[0] === path[0])?.message
      const householdError = householdId ? undefined : '请选择住户'
      setErrors({
        ...fields,
        ...(householdError ? { householdId: householdError } : {}),
        hotline: head(['hotline']) ?? '',
        form: householdError ?? issues[0]?.message ?? '',
      })
      return
    }
    setSending(true)
    setErrors({})
    try {
      const filed = await reportOnBehalf(parsed.data)
      markRequestsChanged()
      void Taro.showToast({ title: '已登记', icon: 'success' })
      void Taro.redirectTo({ url: requestDetailUrl(filed.id) })
    } catch (failure) {
      setErrors({ form: errorMessage(failure) })
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="on-behalf-form" data-testid="on-behalf-form">
      <HouseholdField
        buildingId={buildingId}
        householdId={householdId}
        error={errors.householdId}
        onBuilding={(id) => {
          setBuildingId(id)
          setHouseholdId(null)
        }}
        onHousehold={setHouseholdId}
      />
      <ChannelField
        channel={channel}
        hotline={hotline}
        error={errors.hotline || undefined}
        onChannel={setChannel}
        onHotline={(change) => setHotline((h) => ({ ...h, ...change }))}
      />
      <CategoryField
        value={category}
        categories={me.status === 'ready' ? me.data.categories : undefined}
        error={errors.category}
        onChange={setCategory}
      />
      <DescriptionField
        value={description}
        error={errors.description}
        disabled={sending}
        onChange={setDescription}
      />
      {errors.form ? (
        <Notice tone="error" testId="onbehalf-error">
          {errors.form}
        </Notice>
      ) : null}
      <ActionButton testId="onbehalf-submit" loading={sending} onClick={() => void submit()}>
        {sending ? '正在提交…' : '登记'}
      </ActionButton>
    </View>
  )
}
