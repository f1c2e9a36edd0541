// The offerings feature's calls (服务菜单, 预约, 签到) through the one API client.
import type { ActionInput, OfferingCategory } from '@linli/types'
import { call } from '@/shared/api/client'

export const newKey = (): string =>
  `o-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export const listOfferings = (
  filter: { category?: OfferingCategory; mine?: boolean; cursor?: string } = {},
) => call('offerings', 'list', { limit: 20, ...filter })
export const publishOffering = (
  input: Omit<ActionInput<'offerings', 'publish'>, 'clientRequestId'>,
) => call('offerings', 'publish', { ...input, clientRequestId: newKey() })
export const bookSlot = (slotId: string) =>
  call('offerings', 'book', { slotId, clientRequestId: newKey() })
export const cancelBooking = (id: string) =>
  call('offerings', 'cancelBooking', { id, clientRequestId: newKey() })
export const myBookings = (cursor?: string) =>
  call('offerings', 'bookings', cursor ? { limit: 20, cursor } : { limit: 20 })
export const slotBookings = (slotId: string) => call('offerings', 'bookings', { slotId })
export const markAttendance = (slotId: string, attended: string[], servedBy: string[]) =>
  call('offerings', 'markAttendance', { slotId, attended, servedBy, clientRequestId: newKey() })
/** The community's units, grids and teams (the 双报到 form's choices serve the provider picker). */
export const orgChoices = () => call('members', 'myRegistration', {})
