// Drives offerings and activities for integration tests: a published offering, a created activity,
// residents to book with, all through the gateway as the people who would.
import { createHmac } from 'node:crypto'
import { checkInCodeFor, windowOf } from '../../cloudfunctions/domain/check-in-code'
import { key } from './drive'
import { dataOf, type Stack } from './stack'

const HOUR = 3_600_000
export const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()

/** demo-captain's 医疗 team publishes a free clinic with one slot of `capacity` (tomorrow, 2 h). */
export const publishClinic = async (
  stack: Stack,
  options: { capacity?: number; audience?: Record<string, unknown>; who?: string } = {},
): Promise<{ offeringId: string; slotId: string }> => {
  const view = dataOf(
    await stack.call(
      'offerings',
      'publish',
      {
        title: '周末义诊：量血压、测血糖',
        category: 'clinic',
        description: '社区卫生服务站医生坐诊',
        provider: { kind: 'team', id: 'team-medical' },
        audience: options.audience ?? { kind: 'everyone' },
        slots: [
          {
            startsAt: inHours(24),
            endsAt: inHours(26),
            place: '社区服务中心一楼',
            capacity: options.capacity ?? 5,
          },
        ],
        clientRequestId: key(),
      },
      options.who ?? 'demo-captain',
    ),
  )
  return { offeringId: view.id, slotId: view.slots[0].id }
}

/** Verified residents of grid 1 (households of building 1), with no other role. */
export const addResidents = async (stack: Stack, count: number, prefix: string) => {
  const openids = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`)
  await Promise.all(
    openids.map((openid, i) =>
      stack.db.collection('persons').add({
        _id: `person-${openid}`,
        communityId: 'chengxi',
        openid,
        name: `居民${i + 1}`,
        phone: null,
        verified: true,
        roles: [{ role: 'resident', householdId: 'hh-01-1' }],
        member: null,
      }),
    ),
  )
  return openids
}

/** An activity demo-staff creates: starts in 30 minutes (check-in is open), sign-up for 20 more. */
export const createActivity = async (
  stack: Stack,
  options: { capacity?: number; who?: string; startsInHours?: number } = {},
): Promise<string> => {
  const starts = options.startsInHours ?? 0.5
  return dataOf(
    await stack.call(
      'activities',
      'create',
      {
        title: '名师大讲堂：冬季养生',
        startsAt: inHours(starts),
        endsAt: inHours(starts + 2),
        place: '社区党群服务中心',
        capacity: options.capacity ?? 30,
        signUpDeadline: inHours(starts - 0.1),
        clientRequestId: key(),
      },
      options.who ?? 'demo-staff',
    ),
  ).id
}

export const codeOf = (res: { ok: boolean; error?: { code: string } }) =>
  res.ok ? 'ok' : res.error?.code

/** Targets for tables and samples, each as one string (parts joined by `|`, read with `part`). */
export const part = (joined: string, i: number) => joined.split('|')[i] ?? ''

export const slot = async (s: Stack) => (await publishClinic(s)).slotId

/** A slot demo-resident booked: `slotId|bookingId`. */
export const booked = async (s: Stack) => {
  const slotId = await slot(s)
  const booking = dataOf(
    await s.call('offerings', 'book', { slotId, clientRequestId: key() }, 'demo-resident'),
  )
  return `${slotId}|${booking.id}`
}

export const activity = (s: Stack) => createActivity(s)

/** An activity demo-resident signed up for. */
export const signedUp = async (s: Stack) => {
  const id = await activity(s)
  dataOf(await s.call('activities', 'signUp', { id, clientRequestId: key() }, 'demo-resident'))
  return id
}

/** demo-resident signed up, and the code on the organiser's screen now: `id|window|code`. */
export const atTheDoor = async (s: Stack) => {
  const id = await signedUp(s)
  const doc = (await s.db.collection('activities').doc(id).get()).data[0] as {
    checkInSecret: string
  }
  const mac = (m: string) =>
    createHmac('sha256', Buffer.from(doc.checkInSecret, 'hex')).update(m).digest('hex')
  const window = windowOf(new Date())
  return `${id}|${window}|${checkInCodeFor(mac, id, window)}`
}
