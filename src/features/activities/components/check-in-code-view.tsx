// 签到码: the organiser's screen at the door. The code changes every minute: the screen asks for the
// next one when the current one's minute ends. In WeChat attendees scan the QR code; locally (H5)
// the link below it opens the same check-in.
import { Text, View } from '@tarojs/components'
import type { CheckInCodeOutput } from '@linli/types'
import { useEffect, useState } from 'react'
import { ErrorState, LoadingState } from '@/shared/components/page-state'
import { useScreenData } from '@/shared/hooks/use-screen-data'
import { ROUTES } from '@/shared/lib/routes'
import { checkInCode } from '../api/activities-api'
import { QrCode } from './qr-code'
import './activities.css'

/** The local H5 build's way in for an attendee without a scanner: the check-in page's link. */
const linkOf = (c: CheckInCodeOutput): string =>
  `${ROUTES.activityCheckIn}?a=${encodeURIComponent(c.activityId)}&w=${c.window}&c=${c.code}`

export function CheckInCodeView({ id }: { id: string }) {
  const { state, reload, replace } = useScreenData(() => checkInCode(id), id)
  const [now, setNow] = useState(() => Date.now())
  const current = state.status === 'ready' ? state.data : null
  useEffect(() => {
    if (!current) return undefined
    // A second after the minute turns, fetch the next code (the old one is good for 15 s more).
    const wait = Math.max(1000, Date.parse(current.validUntil) - Date.now() + 1000)
    const timer = setTimeout(() => {
      void checkInCode(id).then(replace, () => void reload())
    }, wait)
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => {
      clearTimeout(timer)
      clearInterval(tick)
    }
  }, [current, id, reload, replace])
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={() => void reload()} />
  const c = state.data
  const left = Math.max(0, Math.ceil((Date.parse(c.validUntil) - now) / 1000))
  return (
    <View data-testid="check-in-code" data-window={c.window}>
      <QrCode text={c.payload} testId="check-in-qr" />
      <Text className="check-in-code__digits" data-testid="check-in-digits">
        {c.code}
      </Text>
      <Text className="check-in-code__hint">
        每分钟更换一次，{left} 秒后刷新 · 已签到 {c.checkedIn} 人
      </Text>
      {process.env.TARO_ENV === 'h5' ? (
        <Text className="check-in-code__hint" data-testid="check-in-link">
          本地签到链接：#{linkOf(c)}
        </Text>
      ) : null}
    </View>
  )
}
