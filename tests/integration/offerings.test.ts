// Offerings through the gateway: publish, the menu, the 50-way booking race, one booking per person,
// cancel frees the place, the provider's bookings and attendance into the member's 纪实.
import { key } from '../support/drive'
import { addResidents, codeOf, publishClinic } from '../support/offering-drive'
import { dataOf, startStack, type Stack } from '../support/stack'

let stack: Stack
let residents: string[]
beforeAll(async () => {
  stack = await startStack()
  residents = await addResidents(stack, 50, 'booker')
})
afterAll(() => stack.close())

const slotDoc = async (id: string) =>
  (await stack.db.collection('offeringSlots').doc(id).get()).data[0] as {
    booked: number
    bookers: string[]
  }
const book = (slotId: string, openid: string) =>
  stack.call('offerings', 'book', { slotId, clientRequestId: key() }, openid)

describe('the 50-way booking race', () => {
  it.each([1, 7, 20])('books exactly %i places of a slot of that capacity', async (capacity) => {
    // GIVEN a clinic slot with `capacity` places
    const { slotId } = await publishClinic(stack, { capacity })
    // WHEN 50 residents book it at once
    const results = await Promise.all(residents.map((openid) => book(slotId, openid)))
    // THEN `capacity` are ok and the rest are told it is full
    const codes = results.map(codeOf)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(capacity)
    expect(codes.filter((c) => c === 'OFFERING.SLOT_FULL')).toHaveLength(50 - capacity)
    // AND the slot counts exactly the winners, each once, with one booking document each
    const slot = await slotDoc(slotId)
    expect(slot.booked).toBe(capacity)
    const winners = residents.filter((_, i) => codes[i] === 'ok').map((o) => `person-${o}`)
    expect([...slot.bookers].sort()).toEqual(winners.sort())
    const stored = await stack.db.collection('bookings').where({ slotId }).get()
    expect(stored.data).toHaveLength(capacity)
  })

  it('lets one person book a slot once, even sending ten bookings at once', async () => {
    const { slotId } = await publishClinic(stack, { capacity: 5 })
    const results = await Promise.all(
      Array.from({ length: 10 }, () => book(slotId, 'demo-resident')),
    )
    const codes = results.map(codeOf)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
    expect(codes.filter((c) => c === 'OFFERING.ALREADY_BOOKED')).toHaveLength(9)
    expect((await slotDoc(slotId)).booked).toBe(1)
  })

  it('answers a retried booking (same key) with the booking, not twice', async () => {
    const { slotId } = await publishClinic(stack, { capacity: 5 })
    const call = { slotId, clientRequestId: key() }
    const a = await stack.call('offerings', 'book', call, 'demo-resident')
    const b = await stack.call('offerings', 'book', call, 'demo-resident')
    expect([codeOf(a), codeOf(b)]).toEqual(['ok', 'ok'])
    expect(dataOf(b).id).toBe(dataOf(a).id)
    expect((await slotDoc(slotId)).booked).toBe(1)
  })
})

describe('cancelling', () => {
  it('frees the place atomically: ten parallel cancels of one booking free one place', async () => {
    // GIVEN a full slot of 2
    const { slotId } = await publishClinic(stack, { capacity: 2 })
    const mine = dataOf(await book(slotId, 'demo-resident'))
    dataOf(await book(slotId, 'demo-resident-2'))
    expect(codeOf(await book(slotId, 'demo-member'))).toBe('OFFERING.SLOT_FULL')
    // WHEN the booker cancels ten times at once
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        stack.call(
          'offerings',
          'cancelBooking',
          { id: mine.id, clientRequestId: key() },
          'demo-resident',
        ),
      ),
    )
    // THEN every answer is the cancelled booking, and exactly one place is free
    expect(results.map((r) => (r.ok ? r.data.status : codeOf(r)))).toEqual(
      Array(10).fill('cancelled'),
    )
    expect((await slotDoc(slotId)).booked).toBe(1)
    // AND the place can be taken, once
    const again = await Promise.all(['demo-member', 'demo-member-2'].map((o) => book(slotId, o)))
    expect(again.map(codeOf).sort()).toEqual(['OFFERING.SLOT_FULL', 'ok'])
  })

  it('lets nobody cancel someone else’s booking', async () => {
    const { slotId } = await publishClinic(stack)
    const mine = dataOf(await book(slotId, 'demo-resident'))
    const res = await stack.call(
      'offerings',
      'cancelBooking',
      { id: mine.id, clientRequestId: key() },
      'demo-resident-2',
    )
    expect(codeOf(res)).toBe('NOT_FOUND')
    expect((await slotDoc(slotId)).booked).toBe(1)
  })
})

describe('who may book', () => {
  it('keeps a grid’s offering to that grid and an elderly one to the elderly', async () => {
    const grid2 = await publishClinic(stack, { audience: { kind: 'grid', gridId: 'grid-2' } })
    expect(codeOf(await book(grid2.slotId, 'demo-resident'))).toBe('OFFERING.NOT_ELIGIBLE')
    const grid1 = await publishClinic(stack, { audience: { kind: 'grid', gridId: 'grid-1' } })
    expect(codeOf(await book(grid1.slotId, 'demo-resident'))).toBe('ok')
    const elderly = await publishClinic(stack, { audience: { kind: 'elderly' } })
    expect(codeOf(await book(elderly.slotId, 'demo-resident'))).toBe('OFFERING.NOT_ELIGIBLE')
    await stack.db.collection('persons').doc('person-demo-resident-2').update({ birthYear: 1950 })
    expect(codeOf(await book(elderly.slotId, 'demo-resident-2'))).toBe('ok')
  })

  it('refuses a newcomer (no household yet) and writes nothing', async () => {
    const { slotId } = await publishClinic(stack)
    expect(codeOf(await book(slotId, 'demo-newcomer'))).toBe('AUTH.FORBIDDEN')
    expect((await slotDoc(slotId)).booked).toBe(0)
  })
})

describe('the menu and the provider', () => {
  it('shows places left and the caller’s own booking, never who booked', async () => {
    const { offeringId, slotId } = await publishClinic(stack, { capacity: 3 })
    dataOf(await book(slotId, 'demo-resident'))
    const menu = dataOf(
      await stack.call('offerings', 'list', { category: 'clinic' }, 'demo-resident'),
    )
    const item = menu.items.find((o: { id: string }) => o.id === offeringId)
    expect(item.slots[0]).toMatchObject({ booked: 1, left: 2, myBooking: { status: 'booked' } })
    const other = dataOf(await stack.call('offerings', 'list', {}, 'demo-resident-2'))
    const seen = other.items.find((o: { id: string }) => o.id === offeringId)
    expect(seen.slots[0].myBooking).toBeNull()
    expect(JSON.stringify(other)).not.toContain('13800000')
  })

  it('gives the provider names and phones; another captain or a resident sees no slot', async () => {
    const { slotId } = await publishClinic(stack)
    dataOf(await book(slotId, 'demo-resident'))
    const list = dataOf(await stack.call('offerings', 'bookings', { slotId }, 'demo-captain'))
    expect(list.items).toHaveLength(1)
    expect(list.items[0].person).toEqual({
      name: expect.any(String),
      phone: expect.stringMatching(/^1380000/),
    })
    expect(list.servers.map((s: { id: string }) => s.id)).toContain('person-demo-captain')
    for (const who of ['demo-resident', 'demo-member', 'demo-unit-liaison']) {
      expect(codeOf(await stack.call('offerings', 'bookings', { slotId }, who))).toBe('NOT_FOUND')
    }
    // AND the booker's own list names nobody
    const mine = dataOf(await stack.call('offerings', 'bookings', {}, 'demo-resident'))
    expect(mine.items.every((b: { person: unknown }) => b.person === null)).toBe(true)
  })

  it('marks attendance: who came, who did not, and a service record for the member who served', async () => {
    // GIVEN a slot booked by two residents
    const { slotId } = await publishClinic(stack)
    const came = dataOf(await book(slotId, 'demo-resident'))
    const missed = dataOf(await book(slotId, 'demo-resident-2'))
    // WHEN the captain marks one of them as come, twice (a retry)
    const mark = { slotId, attended: [came.id], clientRequestId: key() }
    const first = dataOf(await stack.call('offerings', 'markAttendance', mark, 'demo-captain'))
    dataOf(await stack.call('offerings', 'markAttendance', mark, 'demo-captain'))
    // THEN one came, one is absent, the captain is credited 2 hours
    expect(first).toMatchObject({ attended: 1, absent: 1, hours: 2 })
    expect(first.servedBy.map((s: { id: string }) => s.id)).toEqual(['person-demo-captain'])
    const stored = async (id: string) =>
      ((await stack.db.collection('bookings').doc(id).get()).data[0] as { status: string }).status
    expect([await stored(came.id), await stored(missed.id)]).toEqual(['attended', 'absent'])
    // AND the captain's 纪实 holds one verified offering record of 2 hours
    const records = dataOf(await stack.call('members', 'records', {}, 'demo-captain'))
    const offered = records.items.filter(
      (r: { kind: string; note: string }) => r.kind === 'offering' && r.note.startsWith('周末义诊'),
    )
    expect(offered.length).toBeGreaterThanOrEqual(1)
    expect(offered[0]).toMatchObject({ status: 'verified', hours: 2 })
    const forSlot = await stack.db
      .collection('serviceRecords')
      .where({ memberId: 'person-demo-captain', kind: 'offering' })
      .get()
    expect(forSlot.data.filter((r: { note: string }) => r.note.includes('服务 1 人'))).toHaveLength(
      1,
    )
    // AND the slot is closed to bookings and cancellations
    expect(codeOf(await book(slotId, 'demo-member'))).toBe('OFFERING.CLOSED')
    expect(
      codeOf(
        await stack.call(
          'offerings',
          'cancelBooking',
          { id: came.id, clientRequestId: key() },
          'demo-resident',
        ),
      ),
    ).toBe('OFFERING.CLOSED')
  })

  it('refuses to credit someone who does not serve the provider, and writes nothing', async () => {
    const { slotId } = await publishClinic(stack)
    const came = dataOf(await book(slotId, 'demo-resident'))
    const res = await stack.call(
      'offerings',
      'markAttendance',
      { slotId, attended: [came.id], servedBy: ['person-demo-member'], clientRequestId: key() },
      'demo-captain',
    )
    expect(codeOf(res)).toBe('INPUT.INVALID')
    const slot = (await stack.db.collection('offeringSlots').doc(slotId).get()).data[0]
    expect(slot.attendanceMarkedAt).toBeNull()
  })

  it('refuses a captain publishing for another team, and a slot in the past', async () => {
    const base = {
      title: '法律咨询',
      category: 'legal',
      provider: { kind: 'team', id: 'team-legal' },
      audience: { kind: 'everyone' },
      slots: [
        {
          startsAt: new Date(Date.now() + 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 7_200_000).toISOString(),
          place: '社区服务中心',
          capacity: 3,
        },
      ],
      clientRequestId: key(),
    }
    expect(codeOf(await stack.call('offerings', 'publish', base, 'demo-captain'))).toBe(
      'AUTH.FORBIDDEN',
    )
    const past = {
      ...base,
      provider: { kind: 'team', id: 'team-medical' },
      slots: [
        {
          ...base.slots[0],
          startsAt: '2020-01-01T09:00:00+08:00',
          endsAt: '2020-01-01T10:00:00+08:00',
        },
      ],
    }
    const res = await stack.call('offerings', 'publish', past, 'demo-captain')
    expect(codeOf(res)).toBe('INPUT.INVALID')
    expect(res.ok ? null : res.error.issues?.[0]?.message).toBe('这一场已经结束了，请改一个时间')
  })
})
