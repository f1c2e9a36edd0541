// Activities through the gateway: sign-up capacity under parallel calls, cancel, the rotating
// check-in code (a replayed code of an expired minute refused), one check-in, hours into 纪实.
import { createHmac } from 'node:crypto'
import { checkInCodeFor, windowOf } from '../../cloudfunctions/domain/check-in-code'
import { key } from '../support/drive'
import { addResidents, codeOf, createActivity } from '../support/offering-drive'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const signUp = (id: string, openid: string) =>
  stack.call('activities', 'signUp', { id, clientRequestId: key() }, openid)
const stored = async (id: string) =>
  (await stack.db.collection('activities').doc(id).get()).data[0] as {
    signedUp: number
    participants: string[]
    checkInSecret: string
  }
/** What a code of `window` is, computed from the stored secret: a photo of an old screen. */
const codeFor = async (id: string, window: number) => {
  const { checkInSecret } = await stored(id)
  const mac = (m: string) =>
    createHmac('sha256', Buffer.from(checkInSecret, 'hex')).update(m).digest('hex')
  return checkInCodeFor(mac, id, window)
}
const checkIn = (id: string, shown: { window: number; code: string }, openid: string) =>
  stack.call(
    'activities',
    'checkIn',
    { id, window: shown.window, code: shown.code, clientRequestId: key() },
    openid,
  )

describe('signing up', () => {
  it('takes exactly the capacity under 40 parallel sign-ups', async () => {
    const residents = await addResidents(stack, 40, 'attendee')
    const id = await createActivity(stack, { capacity: 9 })
    const results = await Promise.all(residents.map((o) => signUp(id, o)))
    const codes = results.map(codeOf)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(9)
    expect(codes.filter((c) => c === 'ACTIVITY.FULL')).toHaveLength(31)
    const doc = await stored(id)
    expect(doc.signedUp).toBe(9)
    expect(new Set(doc.participants).size).toBe(9)
  })

  it('signs a person up once, and a cancel frees the place', async () => {
    const id = await createActivity(stack, { capacity: 1 })
    const both = await Promise.all([signUp(id, 'demo-resident'), signUp(id, 'demo-resident')])
    expect(both.map(codeOf).sort()).toEqual(['ACTIVITY.ALREADY_SIGNED_UP', 'ok'])
    expect(codeOf(await signUp(id, 'demo-resident-2'))).toBe('ACTIVITY.FULL')
    const cancelled = dataOf(
      await stack.call(
        'activities',
        'cancelSignUp',
        { id, clientRequestId: key() },
        'demo-resident',
      ),
    )
    expect(cancelled).toMatchObject({ signedUp: 0, left: 1, mySignUp: { status: 'cancelled' } })
    expect(codeOf(await signUp(id, 'demo-resident-2'))).toBe('ok')
  })

  it('closes at the deadline', async () => {
    const id = await createActivity(stack)
    await stack.db
      .collection('activities')
      .doc(id)
      .update({ signUpDeadline: new Date(Date.now() - 1000) })
    expect(codeOf(await signUp(id, 'demo-resident'))).toBe('ACTIVITY.CLOSED')
    expect((await stored(id)).signedUp).toBe(0)
  })
})

describe('the rotating check-in code', () => {
  it('checks a signed-up member in once and credits the hours to their 纪实', async () => {
    // GIVEN an activity of 2 hours demo-member signed up for
    const id = await createActivity(stack)
    dataOf(await signUp(id, 'demo-member'))
    // WHEN the organiser shows the code and the member scans it
    const shown = dataOf(await stack.call('activities', 'checkInCode', { id }, 'demo-staff'))
    expect(shown.code).toMatch(/^\d{6}$/)
    expect(shown.payload).toBe(`linli:check-in:${id}:${shown.window}:${shown.code}`)
    const res = dataOf(await checkIn(id, shown, 'demo-member'))
    // THEN they are checked in with 2 hours credited, as a verified activity record
    expect(res).toMatchObject({ activityId: id, hours: 2 })
    const records = dataOf(await stack.call('members', 'records', {}, 'demo-member'))
    const mine = records.items.filter(
      (r: { kind: string; note: string }) => r.kind === 'activity' && r.note.includes('冬季养生'),
    )
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ status: 'verified', hours: 2 })
    // AND a second scan is refused, with no second record
    expect(codeOf(await checkIn(id, shown, 'demo-member'))).toBe('ACTIVITY.ALREADY_CHECKED_IN')
    const again = dataOf(await stack.call('members', 'records', {}, 'demo-member'))
    expect(again.items.filter((r: { note: string }) => r.note.includes('冬季养生'))).toHaveLength(1)
    // AND the organiser's screen counts one check-in
    const later = dataOf(await stack.call('activities', 'checkInCode', { id }, 'demo-staff'))
    expect(later.checkedIn).toBe(1)
  })

  it('keeps one record when a member taps check-in twice at once (the record goes with the check-in)', async () => {
    // GIVEN an activity demo-member-2 signed up for, its code on the screen
    const id = await createActivity(stack)
    dataOf(await signUp(id, 'demo-member-2'))
    const shown = dataOf(await stack.call('activities', 'checkInCode', { id }, 'demo-staff'))
    // WHEN two check-ins of the member arrive together
    const answers = await Promise.all([
      checkIn(id, shown, 'demo-member-2'),
      checkIn(id, shown, 'demo-member-2'),
    ])
    // THEN one lands, the twin is told it is done, and exactly one record stays
    expect(answers.map(codeOf).sort()).toEqual(['ACTIVITY.ALREADY_CHECKED_IN', 'ok'])
    const records = dataOf(await stack.call('members', 'records', {}, 'demo-member-2'))
    const mine = records.items.filter(
      (r: { kind: string; note: string }) => r.kind === 'activity' && r.note.includes('冬季养生'),
    )
    expect(mine).toHaveLength(1)
  })

  it('keeps the place of a member whose cancel races their check-in', async () => {
    // GIVEN an activity demo-inservice signed up for, its code on the screen
    const id = await createActivity(stack)
    dataOf(await signUp(id, 'demo-inservice'))
    const shown = dataOf(await stack.call('activities', 'checkInCode', { id }, 'demo-staff'))
    // WHEN a cancel and a check-in arrive together
    const [cancelled, checked] = await Promise.all([
      stack.call('activities', 'cancelSignUp', { id, clientRequestId: key() }, 'demo-inservice'),
      checkIn(id, shown, 'demo-inservice'),
    ])
    // THEN whichever landed, the place and the sign-up agree
    const activity = await stored(id)
    const signUps = await stack.db.collection('signUps').where({ activityId: id }).get()
    const doc = signUps.data[0] as { status: string; checkedInAt: unknown }
    if (checked.ok) {
      expect(codeOf(cancelled)).toBe('ACTIVITY.CLOSED')
      expect(doc.checkedInAt).not.toBeNull()
      expect(activity.signedUp).toBe(1)
      expect(activity.participants).toHaveLength(1)
    } else {
      expect(cancelled.ok).toBe(true)
      expect(doc.status).toBe('cancelled')
      expect(activity.signedUp).toBe(0)
      expect(activity.participants).toEqual([])
    }
  })

  it('refuses a replayed code of an expired minute, and wrong digits, writing nothing', async () => {
    const id = await createActivity(stack)
    dataOf(await signUp(id, 'demo-resident'))
    // GIVEN the code that was on the screen three minutes ago (right digits, old minute)
    const old = windowOf(new Date()) - 3
    const replay = { window: old, code: await codeFor(id, old) }
    // WHEN it is scanned now THEN it is expired
    expect(codeOf(await checkIn(id, replay, 'demo-resident'))).toBe('ACTIVITY.CODE_EXPIRED')
    // AND digits that are not the current code are invalid, as is a minute still to come
    const now = windowOf(new Date())
    const right = await codeFor(id, now)
    const wrong = right === '123456' ? '654321' : '123456'
    expect(codeOf(await checkIn(id, { window: now, code: wrong }, 'demo-resident'))).toBe(
      'ACTIVITY.CODE_INVALID',
    )
    const ahead = { window: now + 2, code: await codeFor(id, now + 2) }
    expect(codeOf(await checkIn(id, ahead, 'demo-resident'))).toBe('ACTIVITY.CODE_INVALID')
    // AND another activity's current code does not open this one
    const other = await createActivity(stack)
    const foreign = dataOf(
      await stack.call('activities', 'checkInCode', { id: other }, 'demo-staff'),
    )
    expect(codeOf(await checkIn(id, foreign, 'demo-resident'))).toBe('ACTIVITY.CODE_INVALID')
    // AND nobody is checked in
    const signUps = await stack.db.collection('signUps').where({ activityId: id }).get()
    expect(signUps.data.map((s: { checkedInAt: unknown }) => s.checkedInAt)).toEqual([null])
  })

  it('needs a sign-up, and shows the code only to the organiser or staff', async () => {
    const id = await createActivity(stack)
    const shown = dataOf(await stack.call('activities', 'checkInCode', { id }, 'demo-staff'))
    expect(codeOf(await checkIn(id, shown, 'demo-resident-2'))).toBe('ACTIVITY.NOT_SIGNED_UP')
    expect(codeOf(await stack.call('activities', 'checkInCode', { id }, 'demo-captain'))).toBe(
      'NOT_FOUND',
    )
  })

  it('gives no code while check-in is not open (the activity is days away)', async () => {
    const id = await createActivity(stack, { startsInHours: 72 })
    expect(codeOf(await stack.call('activities', 'checkInCode', { id }, 'demo-staff'))).toBe(
      'ACTIVITY.CLOSED',
    )
  })

  it('never shows the secret or a participant in the list', async () => {
    const id = await createActivity(stack)
    dataOf(await signUp(id, 'demo-resident'))
    const list = dataOf(await stack.call('activities', 'list', {}, 'demo-resident-2'))
    const text = JSON.stringify(list)
    expect(text).toContain(id)
    expect(text).not.toContain((await stored(id)).checkInSecret)
    expect(text).not.toContain('person-demo-resident')
  })
})
