// Who reported it: shown only when the function included it (reporter, grid leader, staff).
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RequestDetail } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { InfoRow } from '@/shared/components/info-row'
import { Section } from '@/shared/components/section'

type Reporter = NonNullable<RequestDetail['reporter']>

export function ReporterBlock({ reporter, hideName }: { reporter: Reporter; hideName: boolean }) {
  return (
    <Section title="反映人" testId="detail-reporter">
      <InfoRow label="姓名" value={reporter.name} testId="detail-reporter-name" />
      {reporter.room ? <InfoRow label="门牌" value={reporter.room} /> : null}
      {reporter.phone ? <InfoRow label="电话" value={reporter.phone} /> : null}
      {hideName ? <Text className="field__hint">该居民选择在公开看板上不显示姓名。</Text> : null}
      {reporter.phone ? (
        <ActionButton
          variant="secondary"
          testId="call-reporter"
          onClick={() => void Taro.makePhoneCall({ phoneNumber: reporter.phone ?? '' })}
        >
          打电话联系
        </ActionButton>
      ) : null}
    </Section>
  )
}
