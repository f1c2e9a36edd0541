// How the resident reached the community (代办), and for a 12345 派单 its order number and due time.
import { Input, Picker, Text, View } from '@tarojs/components'
import type { OnBehalfChannel } from '@linli/types'
import { ChipGroup, ChoiceChip } from '@/shared/components/choice-chip'
import { Field } from '@/shared/components/field'

export const CHANNEL_LABELS: Record<OnBehalfChannel, string> = {
  hotline: '电话',
  visit: '来访',
  suggestionBox: '意见箱',
  wechatGroup: '微信群',
  hotline12345: '12345 派单',
}
const CHANNELS = Object.keys(CHANNEL_LABELS) as OnBehalfChannel[]

export interface HotlineDraft {
  orderNo: string
  date: string
  time: string
}

interface ChannelFieldProps {
  channel: OnBehalfChannel
  hotline: HotlineDraft
  error?: string
  onChannel: (channel: OnBehalfChannel) => void
  onHotline: (change: Partial<HotlineDraft>) => void
}

export function ChannelField({ channel, hotline, error, onChannel, onHotline }: ChannelFieldProps) {
  return (
    <Field label="来源" error={error} errorTestId="onbehalf-hotline-error">
      <ChipGroup>
        {CHANNELS.map((c) => (
          <ChoiceChip
            key={c}
            label={CHANNEL_LABELS[c]}
            selected={channel === c}
            testId={`channel-${c}`}
            onSelect={() => onChannel(c)}
          />
        ))}
      </ChipGroup>
      {channel === 'hotline12345' ? (
        <View className="onbehalf-hotline">
          <Text className="field__label">工单号</Text>
          <Input
            className="sheet-input"
            data-testid="hotline-order"
            value={hotline.orderNo}
            placeholder="12345 工单号"
            onInput={(e) => onHotline({ orderNo: e.detail.value })}
          />
          <Text className="field__label">办结时限</Text>
          <Picker
            mode="date"
            value={hotline.date}
            onChange={(e) => onHotline({ date: String(e.detail.value) })}
          >
            <Text className="sheet-input" data-testid="hotline-date">
              {hotline.date || '选择日期'}
            </Text>
          </Picker>
          <Picker
            mode="time"
            value={hotline.time}
            onChange={(e) => onHotline({ time: String(e.detail.value) })}
          >
            <Text className="sheet-input" data-testid="hotline-time">
              {hotline.time || '选择时间'}
            </Text>
          </Picker>
        </View>
      ) : null}
    </Field>
  )
}
