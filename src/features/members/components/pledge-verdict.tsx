// Staff under an open pledge on a member's card: mark it not fulfilled, with the reason residents see.
import { Text, View } from '@tarojs/components'
import type { PledgeView } from '@linli/types'
import { useState } from 'react'
import { ActionButton } from '@/shared/components/action-button'
import { changePledge } from '../api/members-api'
import { TextInput } from './text-input'
import { useSubmit } from './use-submit'

export function PledgeVerdict({
  pledge,
  onChanged,
}: {
  pledge: PledgeView
  onChanged: (pledge: PledgeView) => void
}) {
  const [reason, setReason] = useState('')
  const form = useSubmit()
  if (pledge.status !== 'open') return null
  const mark = () =>
    form.submit(
      () =>
        changePledge(pledge.id, { kind: 'notFulfilled', reason: reason.trim() }).then(onChanged),
      '已标记未兑现',
    )
  return (
    <View className="csv-export" data-testid="pledge-verdict">
      <TextInput
        value={reason}
        onChange={setReason}
        testId="pledge-reason"
        placeholder="未兑现的原因（居民可见）"
      />
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <ActionButton
        variant="secondary"
        testId="pledge-not-fulfilled"
        loading={form.busy}
        onClick={() => void mark()}
      >
        标记未兑现
      </ActionButton>
    </View>
  )
}
