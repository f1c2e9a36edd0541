// 首页 entries of issue 11: 服务菜单 and 社区活动 for everyone, 我的预约 for whoever may book, 议事
// (meetings and decisions' progress) for every verified person.
import type { Me } from '@linli/types'
import { ROUTES } from '@/shared/lib/routes'

export type OfferingEntryKey = 'offering-menu' | 'my-bookings' | 'activities' | 'meetings'

interface Entry {
  key: OfferingEntryKey
  title: string
  hint: string
  url: string
}

export const OFFERING_ENTRIES: Record<OfferingEntryKey, Entry> = {
  'offering-menu': {
    key: 'offering-menu',
    title: '服务菜单',
    hint: '义诊、法律咨询、上门检查，在线预约',
    url: ROUTES.offeringMenu,
  },
  'my-bookings': {
    key: 'my-bookings',
    title: '我的预约',
    hint: '预约的服务，可以取消',
    url: ROUTES.myBookings,
  },
  activities: {
    key: 'activities',
    title: '社区活动',
    hint: '报名、扫码签到',
    url: ROUTES.activities,
  },
  meetings: {
    key: 'meetings',
    title: '议事',
    hint: '议事会的决议和落实进展',
    url: ROUTES.meetings,
  },
}

export const offeringEntryKeys = (me: Me): OfferingEntryKey[] => {
  // Providers (captains, liaisons, staff) publish and see bookings from the menu itself.
  const keys: OfferingEntryKey[] = ['offering-menu']
  // Only a verified person can book or sign up: a newcomer sees the menu and the activities.
  if (me.verified && me.personId) keys.push('my-bookings')
  keys.push('activities')
  if (me.verified && me.personId) keys.push('meetings')
  return keys
}
