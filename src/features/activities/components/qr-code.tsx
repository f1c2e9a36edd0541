// A QR code drawn with views: one flex row per module row, one stretch per run of equal modules.
import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { qrRows } from '../lib/qr-rows'
import './activities.css'

export function QrCode({ text, testId }: { text: string; testId?: string }) {
  const { rows } = useMemo(() => qrRows(text), [text])
  return (
    <View className="qr" data-testid={testId} data-qr-text={text}>
      {rows.map((row, i) => (
        <View key={i} className="qr__row">
          {row.map((run, j) => (
            <View
              key={j}
              className={run.dark ? 'qr__run--dark' : ''}
              style={{ flexGrow: run.length, flexBasis: 0 }}
            />
          ))}
        </View>
      ))}
    </View>
  )
}
