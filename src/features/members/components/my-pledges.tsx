// 我的承诺: publish a pledge (text, due date), post progress, mark one fulfilled.
import { Text, View } from '@tarojs/components'
import { chinaDateOf } from '@linli/types'
import { useState } from 'react'
import { loadMe } from '@/shared/api/me'
import { ActionButton } from '@/shared/components/action-button'
import { Field } from '@/shared/components/field'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { changePledge, getMemberCard, publishPledge } from '../api/members-api'
import { PledgeItem } from './member-card-view'
import { TextInput } from './text-input'
import { useScreenData } from './use-screen-data'
import { useSubmit } from './use-submit'

const loadMine = async () => {
  const me = await loadMe()
  return getMemberCard(me.personId ?? '')
}

export function MyPledges() {
  const { state, reload } = useScreenData(loadMine)
  const [text, setText] = useState('')
  const [dueDate, setDueDate] = useState(chinaDateOf(Date.now() + 30 * 86_400_000))
  const [progress, setProgress] = useState('')
  const form = useSubmit()
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const publish = async () => {
    if (await form.submit(() => publishPledge(text.trim(), dueDate.trim()), '已公开承诺')) {
      setText('')
      void reload()
    }
  }
  const change = async (id: string, kind: 'progress' | 'fulfilled') => {
    const sent = await form.submit(
      () => changePledge(id, kind === 'progress' ? { kind, text: progress.trim() } : { kind }),
      kind === 'progress' ? '已更新进展' : '已标记兑现',
    )
    if (sent) {
      setProgress('')
      void reload()
    }
  }
  return (
    <View data-testid="my-pledges">
      <Section title="公开新承诺">
        <Field label="承诺内容" hint="居民能在您的党员名片上看到，请勿填写电话等个人信息">
          <TextInput value={text} onChange={setText} testId="pledge-input" multiline />
        </Field>
        <Field label="完成日期（年-月-日）">
          <TextInput value={dueDate} onChange={setDueDate} testId="pledge-due" />
        </Field>
        {form.error ? (
          <Text className="field__error" data-testid="pledge-error">
            {form.error}
          </Text>
        ) : null}
        <ActionButton testId="pledge-submit" loading={form.busy} onClick={() => void publish()}>
          {form.busy ? '正在提交…' : '公开承诺'}
        </ActionButton>
      </Section>
      <Section title="我的承诺">
        {state.data.pledges.length === 0 ? <Text>还没有承诺</Text> : null}
        {state.data.pledges.map((p) => (
          <PledgeItem key={p.id} pledge={p}>
            {p.status === 'open' ? (
              <View>
                <TextInput
                  value={progress}
                  onChange={setProgress}
                  testId={`progress-${p.id}`}
                  placeholder="写下进展"
                />
                <ActionButton variant="secondary" onClick={() => void change(p.id, 'progress')}>
                  报进展
                </ActionButton>
                <ActionButton
                  variant="secondary"
                  testId="pledge-fulfil"
                  onClick={() => void change(p.id, 'fulfilled')}
                >
                  标记已兑现
                </ActionButton>
              </View>
            ) : null}
          </PledgeItem>
        ))}
      </Section>
    </View>
  )
}
