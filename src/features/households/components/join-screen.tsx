// 加入家庭 (a newcomer): enter the household's invite code and be verified at once, or ask the grid
// leader to verify you into your building and room (入户审核).
import { Input, Picker, Text, View } from '@tarojs/components'
import type { JoinRequestView } from '@linli/types'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { joinHousehold, listBuildings, requestJoin } from '../api/households-api'

const STATUS_NAMES = { pending: '等待网格长审核', approved: '已通过', rejected: '未通过' } as const

function ByCode() {
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [joined, setJoined] = useState<string | null>(null)
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const res = await joinHousehold(code, name)
      setJoined(`${res.buildingName} ${res.room}`)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }
  if (joined) {
    return (
      <Text className="pledge__text" data-testid="join-done">
        已加入 {joined}，您现在是认证住户了。
      </Text>
    )
  }
  return (
    <View>
      <Field label="邀请码" hint="请家人在“邀请家人”中生成，24 小时内有效">
        <Input
          data-testid="join-code"
          className="offering-input"
          value={code}
          maxlength={16}
          placeholder="8 位邀请码"
          onInput={(e) => setCode(e.detail.value)}
        />
      </Field>
      <Field label="您的姓名">
        <Input
          data-testid="join-name"
          className="offering-input"
          value={name}
          maxlength={20}
          onInput={(e) => setName(e.detail.value)}
        />
      </Field>
      {error ? (
        <Text className="field__error" data-testid="join-error">
          {error}
        </Text>
      ) : null}
      <ActionButton
        testId="join-submit"
        loading={busy}
        disabled={code.trim().length < 4 || name.trim() === ''}
        onClick={() => void submit()}
      >
        {busy ? '正在加入…' : '用邀请码加入'}
      </ActionButton>
    </View>
  )
}

function ByLeader() {
  const buildings = useScreenData(() => listBuildings())
  const [index, setIndex] = useState(-1)
  const [room, setRoom] = useState('')
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<JoinRequestView | null>(null)
  if (buildings.state.status === 'loading') return <LoadingState />
  if (buildings.state.status === 'error') {
    return <ErrorState error={buildings.state.error} onRetry={() => void buildings.reload()} />
  }
  const items = buildings.state.data.items
  const building = items[index]
  const submit = async () => {
    if (!building) return
    setBusy(true)
    setError(null)
    try {
      setSent(
        await requestJoin({ buildingId: building.id, room, name, ...(phone ? { phone } : {}) }),
      )
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }
  if (sent) {
    return (
      <Text className="pledge__text" data-testid="join-request-sent">
        已提交：{sent.buildingName} {sent.room}，{STATUS_NAMES[sent.status]}。
      </Text>
    )
  }
  return (
    <View>
      <Field label="楼栋">
        <Picker
          mode="selector"
          range={items.map((b) => b.name)}
          value={Math.max(index, 0)}
          onChange={(e) => setIndex(Number(e.detail.value))}
        >
          <Text className="offering-input" data-testid="join-building">
            {building?.name ?? '请选择楼栋'}
          </Text>
        </Picker>
      </Field>
      <Field label="房号" hint="例：2单元301">
        <Input
          data-testid="join-room"
          className="offering-input"
          value={room}
          maxlength={20}
          onInput={(e) => setRoom(e.detail.value)}
        />
      </Field>
      <Field label="您的姓名">
        <Input
          data-testid="join-request-name"
          className="offering-input"
          value={name}
          maxlength={20}
          onInput={(e) => setName(e.detail.value)}
        />
      </Field>
      <Field label="手机（选填）" hint="只给网格长核对身份用">
        <Input
          data-testid="join-phone"
          className="offering-input"
          type="number"
          value={phone}
          maxlength={11}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </Field>
      {error ? (
        <Text className="field__error" data-testid="join-request-error">
          {error}
        </Text>
      ) : null}
      <ActionButton
        testId="join-request-submit"
        loading={busy}
        disabled={!building || room.trim() === '' || name.trim() === ''}
        onClick={() => void submit()}
      >
        {busy ? '正在提交…' : '申请网格长审核'}
      </ActionButton>
    </View>
  )
}

export function JoinScreen() {
  return (
    <View data-testid="join-screen">
      <Section title="有邀请码">
        <ByCode />
      </Section>
      <Section title="没有邀请码：请网格长审核">
        <ByLeader />
      </Section>
    </View>
  )
}
