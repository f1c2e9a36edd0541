// The offerings' words in Chinese: categories, audiences, booking states, slot times.
import type { BookingStatus, OfferingCategory } from '@linli/types'
import { chinaClock } from '@linli/types'

export const CATEGORY_LABELS: Record<OfferingCategory, string> = {
  clinic: '义诊',
  legal: '法律咨询',
  pipeCheck: '管道检查',
  tutoring: '课业辅导',
  elderCare: '助老服务',
  repair: '便民维修',
  culture: '文体活动',
  other: '其他',
}

export const AUDIENCE_LABELS = {
  everyone: '所有居民',
  grid: '本网格居民',
  elderly: '60 岁以上老人',
} as const

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  attended: '已到场',
  absent: '未到场',
}

/** "12月5日 09:00–11:00" in China time. */
export const slotTime = (startsAt: string, endsAt: string): string => {
  const start = chinaClock(startsAt)
  const end = chinaClock(endsAt)
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')
  return `${start.format('M月D日 HH:mm')}–${end.format(sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

/** A China date and wall-clock time from the form as an instant the API takes. */
export const chinaInstant = (date: string, time: string): string => `${date}T${time}:00+08:00`
