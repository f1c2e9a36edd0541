// 邀请家人 (a verified resident): a code for their household, single-use, valid for 24 hours.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { InviteCodeView } from '@linli/types'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { Section } from '@/shared/components/section'
import { createInviteCode } from '../api/households-api'
import './households.css'

export function InviteScreen() {
  const [invite, setInvite] = useState<InviteCodeView | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      setInvite(await createInviteCode())
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View data-testid="invite-screen">
      <Section title="邀请家人加入本户">
        <Text className="field__hint">
          家人在“加入家庭”中输入邀请码，即成为本户的认证住户。每个邀请码只能用一次，24 小时内有效。
        </Text>
        {invite ? (
          <View>
            <Text className="invite-code" data-testid="invite-code">
              {invite.code}
            </Text>
            <Text className="pledge__meta">
              有效期至 {new Date(invite.expiresAt).toLocaleString('zh-CN')}
            </Text>
            <ActionButton
              variant="secondary"
              testId="invite-copy"
              onClick={() => void Taro.setClipboardData({ data: invite.code })}
            >
              复制邀请码
            </ActionButton>
          </View>
        ) : null}
        {error ? (
          <Text className="field__error" data-testid="invite-error">
            {error}
          </Text>
        ) : null}
        <ActionButton testId="invite-create" loading={busy} onClick={() => void create()}>
          {invite ? '再生成一个' : '生成邀请码'}
        </ActionButton>
      </Section>
    </View>
  )
}
