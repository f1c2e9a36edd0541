// 现场签到: the attendee scans the organiser's QR code (Taro.scanCode in WeChat) or, locally, opens
// its link; the code is checked by the function and counts for its minute only.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { parseCheckInPayload, type CheckInOutput } from '@linli/types'
import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { Section } from '@/shared/components/section'
import { checkIn } from '../api/activities-api'
import './activities.css'

export interface ScannedCode {
  activityId: string
  window: number
  code: string
}

/** The link's query (`a`, `w`, `c`) as a scanned code, or null when it carries none. */
export const codeFromParams = (params: Record<string, string | undefined>): ScannedCode | null => {
  const { a, w, c } = params
  if (!a || !w || !c) return null
  return parseCheckInPayload(`linli:check-in:${decodeURIComponent(a)}:${w}:${c}`)
}

export function CheckInView({ fromLink }: { fromLink: ScannedCode | null }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<CheckInOutput | null>(null)
  const sent = useRef(false)
  const send = async (scanned: ScannedCode) => {
    setBusy(true)
    setError(null)
    try {
      setDone(await checkIn(scanned.activityId, scanned.window, scanned.code))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  useEffect(() => {
    // Opened from the organiser's link: check in at once (once, even if the page renders again).
    if (fromLink && !sent.current) {
      sent.current = true
      void send(fromLink)
    }
  }, [fromLink])
  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      const scanned = parseCheckInPayload(result)
      if (!scanned) setError('这不是社区活动的签到码')
      else await send(scanned)
    } catch {
      // The attendee closed the scanner: nothing to do.
    }
  }
  return (
    <View data-testid="check-in-view">
      {done ? (
        <Section title="签到成功">
          <Text className="activity__title" data-testid="check-in-done">
            {done.title}
          </Text>
          <Text className="activity__meta">
            {done.hours > 0 ? `已记入志愿服务 ${done.hours} 小时` : '欢迎参加活动'}
          </Text>
        </Section>
      ) : (
        <Section title="扫描现场的签到码">
          <Text className="activity__meta">签到码每分钟更换，请扫描组织者手机上的最新二维码</Text>
          {error ? (
            <Text className="field__error" data-testid="check-in-error">
              {error}
            </Text>
          ) : null}
          {process.env.TARO_ENV === 'weapp' ? (
            <ActionButton testId="scan-code" loading={busy} onClick={() => void scan()}>
              扫码签到
            </ActionButton>
          ) : (
            <Text className="activity__meta">本地版本：请打开组织者页面上的签到链接</Text>
          )}
        </Section>
      )}
    </View>
  )
}
