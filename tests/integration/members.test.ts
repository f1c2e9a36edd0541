// Members and evaluations through the gateway: atomic ballots, one service record per closed
// request whatever retries, the 5-rating threshold, 双报到, pledges; answers to members carry no rater.
import { key, requestIn, storedRequest } from '../support/drive'
import { gridOneResidents, openRoundWith, registrationBy, today } from '../support/member-drive'
import { checkedForRaters, raterLeaks } from '../support/rater-privacy'
import { dataOf, startStack, type Stack } from '../support/stack'

let raw: Stack
let stack: ReturnType<typeof checkedForRaters>
beforeAll(async () => {
  raw = await startStack()
  stack = checkedForRaters(raw)
})
afterAll(() => raw.close())

const MEMBER_2 = 'person-demo-member-2'
const rateAs = (openid: string, roundId: string, verdict = 'satisfied', memberId = MEMBER_2) =>
  stack.call('evaluations', 'rate', { roundId, memberId, verdict, clientRequestId: key() }, openid)
const timer = () =>
  raw.system('members', {
    Type: 'Timer',
    TriggerName: 'serviceRecords',
    Time: new Date().toISOString(),
  })

describe('evaluation rounds', () => {
  it('counts one of 10 parallel ballots from one resident for one member', async () => {
    const roundId = await openRoundWith(stack, [MEMBER_2])
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => rateAs('demo-resident', roundId)),
    )
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort()
    expect(codes).toEqual(
      ['EVALUATION.ALREADY_RATED', ...Array(8).fill('EVALUATION.ALREADY_RATED'), 'ok'].sort(),
    )
    const stored = await raw.db.collection('evaluations').where({ roundId }).get()
    expect(stored.data).toHaveLength(1)
  })

  it('shows a result only from the 5th rating, and never who rated', async () => {
    const roundId = await openRoundWith(stack, [MEMBER_2])
    const raters = await gridOneResidents(raw, 5)
    expect(raters).toHaveLength(5)
    for (const openid of raters.slice(0, 4)) expect((await rateAs(openid, roundId)).ok).toBe(true)
    const four = dataOf(await stack.call('evaluations', 'results', { roundId }, 'demo-member-2'))
    expect(four.rows).toEqual([
      expect.objectContaining({ ratings: 4, shown: false, satisfied: null }),
    ])
    expect((await rateAs(raters[4] as string, roundId, 'dissatisfied')).ok).toBe(true)
    const five = dataOf(await stack.call('evaluations', 'results', { roundId }, 'demo-member-2'))
    expect(five.rows[0]).toMatchObject({
      ratings: 5,
      shown: true,
      satisfied: 4,
      dissatisfied: 1,
      satisfactionRate: 0.8,
    })
    const csv = dataOf(
      await stack.call('evaluations', 'results', { roundId, format: 'csv' }, 'demo-staff'),
    ).csv
    expect(csv).toContain('满意率')
    expect(csv).toContain('80.0%')
    // The wrapper checked every answer to demo-member-2 above against the raters' identities.
    expect(stack.checkedAnswers()).toBeGreaterThan(0)
  })

  it('refuses other-grid residents, and any rating before or after the round', async () => {
    const roundId = await openRoundWith(stack, [MEMBER_2])
    expect(await rateAs('demo-resident-far', roundId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await raw.db
      .collection('evaluationRounds')
      .doc(roundId)
      .update({ startsOn: '2020-01-01', endsOn: '2020-01-31' })
    expect(await rateAs('demo-resident-2', roundId)).toMatchObject({
      ok: false,
      error: { code: 'EVALUATION.NOT_OPEN' },
    })
  })

  it('takes one appeal per member per round, answered once by staff', async () => {
    const roundId = await openRoundWith(stack, ['person-demo-member'])
    const appeal = dataOf(
      await stack.call(
        'evaluations',
        'appeal',
        { roundId, text: '请核实评议结果', clientRequestId: key() },
        'demo-member',
      ),
    )
    const again = await stack.call(
      'evaluations',
      'appeal',
      { roundId, text: '另一条申诉内容', clientRequestId: key() },
      'demo-member',
    )
    expect(again).toMatchObject({ ok: false, error: { code: 'MEMBER.ALREADY_SETTLED' } })
    const answered = dataOf(
      await stack.call(
        'evaluations',
        'answerAppeal',
        { id: appeal.id, answer: '已核实', clientRequestId: key() },
        'demo-staff',
      ),
    )
    expect(answered).toMatchObject({ status: 'answered', answer: '已核实' })
    const twice = await stack.call(
      'evaluations',
      'answerAppeal',
      { id: appeal.id, answer: '再答', clientRequestId: key() },
      'demo-staff',
    )
    expect(twice).toMatchObject({ ok: false, error: { code: 'MEMBER.ALREADY_SETTLED' } })
  })
})

describe('service records from closed requests', () => {
  it('writes one record when a close is retried and the consumer runs twice at once', async () => {
    const id = await requestIn(raw, 'resolved')
    const close = { id, rating: 5, clientRequestId: key() }
    const closes = await Promise.all([
      stack.call('requests', 'confirm', close, 'demo-resident'),
      stack.call('requests', 'confirm', close, 'demo-resident'),
    ])
    expect(closes.filter((c) => c.ok).length).toBeGreaterThanOrEqual(1)
    expect((await storedRequest(raw, id)).status).toBe('closed')
    await Promise.all([timer(), timer()])
    await timer()
    const records = await raw.db.collection('serviceRecords').where({ requestId: id }).get()
    expect(records.data).toHaveLength(1)
    expect(records.data[0]).toMatchObject({
      _id: `svc-${id}`,
      memberId: 'person-demo-member',
      status: 'verified',
      kind: 'request',
    })
    // repair → sameDay (2) + on time (1) + five stars (2), by the default rules.
    expect(records.data[0].points).toBe(5)
    const events = await raw.db
      .collection('requestEvents')
      .where({ requestId: id, action: 'confirm' })
      .get()
    expect(events.data[0].processed.serviceRecords).toBeDefined()
    expect(events.data[0].processedAt).toBeNull()
    const mine = dataOf(await stack.call('members', 'records', {}, 'demo-member'))
    expect(mine.items.map((r: { requestId: string }) => r.requestId)).toContain(id)
  })
})

describe('双报到 and pledges', () => {
  it('approves an in-service member onto their grid, who then publishes a pledge residents see', async () => {
    const reg = await registrationBy(raw, 'demo-inservice')
    expect(await registrationBy(raw, 'demo-inservice').catch((e: Error) => e.message)).toContain(
      'MEMBER.ALREADY_REGISTERED',
    )
    dataOf(
      await stack.call(
        'members',
        'reviewRegistration',
        { id: reg, clientRequestId: key(), decision: { kind: 'approve' } },
        'demo-staff',
      ),
    )
    const grid = dataOf(await stack.call('members', 'listForGrid', {}, 'demo-resident'))
    expect(grid.items.map((c: { id: string }) => c.id)).toContain('person-demo-inservice')
    const refused = await stack.call(
      'members',
      'pledge',
      { text: '有事请打 139 1234 5678 找我', dueDate: '2099-01-01', clientRequestId: key() },
      'demo-inservice',
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    const pledge = dataOf(
      await stack.call(
        'members',
        'pledge',
        { text: '每周六上午义务维修家电', dueDate: '2099-01-01', clientRequestId: key() },
        'demo-inservice',
      ),
    )
    const card = dataOf(
      await stack.call('members', 'card', { memberId: 'person-demo-inservice' }, 'demo-resident'),
    )
    expect(card.pledges.map((p: { id: string }) => p.id)).toEqual([pledge.id])
    expect(card.card).toMatchObject({
      kind: 'inService',
      unitName: '原平市住房和城乡建设局',
      post: { id: 'grid-1' },
    })
    expect(
      await stack.call(
        'members',
        'card',
        { memberId: 'person-demo-inservice' },
        'demo-resident-far',
      ),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('lets staff mark a pledge not fulfilled with a reason, after which it is settled', async () => {
    const pledge = dataOf(
      await stack.call(
        'members',
        'pledge',
        { text: '年底前组织三次楼道清扫', dueDate: '2099-01-01', clientRequestId: key() },
        'demo-member',
      ),
    )
    const change = { kind: 'notFulfilled', reason: '未按期组织' }
    const settled = dataOf(
      await stack.call(
        'members',
        'updatePledge',
        { id: pledge.id, clientRequestId: key(), change },
        'demo-staff',
      ),
    )
    expect(settled).toMatchObject({
      status: 'notFulfilled',
      outcomeReason: '未按期组织',
      overdue: false,
    })
    const late = await stack.call(
      'members',
      'updatePledge',
      { id: pledge.id, clientRequestId: key(), change: { kind: 'fulfilled' } },
      'demo-member',
    )
    expect(late).toMatchObject({ ok: false, error: { code: 'MEMBER.ALREADY_SETTLED' } })
  })

  it('counts verified logged service in the summary, ranked, with a CSV for staff', async () => {
    const logged = dataOf(
      await stack.call(
        'members',
        'logService',
        {
          kind: 'patrol',
          note: '夜间巡逻',
          hours: 2,
          date: new Date().toISOString().slice(0, 10),
          clientRequestId: key(),
        },
        'demo-member-2',
      ),
    )
    dataOf(
      await stack.call(
        'members',
        'verifyService',
        { id: logged.id, clientRequestId: key(), decision: { kind: 'verify' } },
        'demo-grid-leader',
      ),
    )
    const year = Number(logged.month.slice(0, 4))
    const own = dataOf(await stack.call('members', 'summary', { year }, 'demo-member-2'))
    expect(own.rows).toEqual([
      expect.objectContaining({ memberId: MEMBER_2, services: 1, hours: 2, points: 4 }),
    ])
    expect(own.byMonth.find((m: { month: string }) => m.month === logged.month)).toMatchObject({
      points: 4,
    })
    const all = dataOf(
      await stack.call('members', 'summary', { year, format: 'csv' }, 'demo-staff'),
    )
    expect(all.rows.length).toBeGreaterThan(25)
    expect(all.rows[0].points).toBeGreaterThanOrEqual(all.rows[1].points)
    expect(all.csv.split('\r\n')[0]).toBe(
      '\uFEFF姓名,单位,服务次数,服务时长（小时）,积分,兑现承诺,到期承诺',
    )
  })
})

describe('photos on the card and on logged service', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('x'),
  ])
  const upload = async (path: string, openid: string): Promise<string> => {
    const res = await fetch(`${raw.url}/storage/upload?path=${path}`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'x-wx-openid': openid },
      body: png,
    })
    return ((await res.json()) as { fileID: string }).fileID
  }
  const setPhoto = (photo: string | null) =>
    stack.call('members', 'setPhoto', { photo, clientRequestId: key() }, 'demo-member')
  const storedPhoto = async () =>
    (await raw.db.collection('persons').doc('person-demo-member').get()).data[0].member.photo

  it('shows the member’s own upload on their card to residents, as a URL, and removes it', async () => {
    // GIVEN a photo demo-member uploaded into their own folder
    const fileID = await upload('members/person-demo-member/face.png', 'demo-member')

    // WHEN they set it on their card
    const card = dataOf(await setPhoto(fileID))

    // THEN the card shows a download URL (never the file ID), to them and to a grid resident
    expect(card.photo).toMatch(/^http/)
    const seen = dataOf(
      await stack.call('members', 'card', { memberId: 'person-demo-member' }, 'demo-resident'),
    )
    expect(seen.card.photo).toMatch(/^http/)
    const grid = dataOf(await stack.call('members', 'listForGrid', {}, 'demo-resident'))
    const listed = grid.items.find((c: { id: string }) => c.id === 'person-demo-member')
    expect(listed.photo).toMatch(/^http/)
    expect(await storedPhoto()).toBe(fileID)

    // WHEN they remove it THEN the card has none
    expect(dataOf(await setPhoto(null)).photo).toBeNull()
    expect(await storedPhoto()).toBeNull()
  })

  it('refuses a file outside the member’s folder (a request photo), writing nothing', async () => {
    // GIVEN a request photo and another member's upload
    const requestPhoto = await upload('requests/r-photo/1.png', 'demo-resident')
    const others = await upload('members/person-demo-member-2/face.png', 'demo-member-2')

    // WHEN demo-member points their card or a service record at them
    for (const photo of [requestPhoto, others]) {
      expect(await setPhoto(photo)).toMatchObject({
        ok: false,
        error: { code: 'INPUT.INVALID', issues: [{ path: ['photo'] }] },
      })
      const logged = await stack.call(
        'members',
        'logService',
        {
          kind: 'homeVisit',
          note: '走访独居老人',
          hours: 1,
          date: today(),
          photo,
          clientRequestId: key(),
        },
        'demo-member',
      )
      expect(logged).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    }

    // THEN nothing was stored
    expect(await storedPhoto()).toBeNull()
    const records = await raw.db
      .collection('serviceRecords')
      .where({ memberId: 'person-demo-member', photo: requestPhoto })
      .get()
    expect(records.data).toHaveLength(0)
  })

  it('keeps a photo of logged service from the member’s service folder', async () => {
    const photo = await upload('service/person-demo-member/visit.png', 'demo-member')
    const logged = dataOf(
      await stack.call(
        'members',
        'logService',
        {
          kind: 'homeVisit',
          note: '走访独居老人',
          hours: 1,
          date: today(),
          photo,
          clientRequestId: key(),
        },
        'demo-member',
      ),
    )
    expect(logged).toMatchObject({ hasPhoto: true, photoUrl: expect.stringMatching(/^http/) })
    // AND the grid leader sees it in the queue to verify
    const queue = dataOf(
      await stack.call(
        'members',
        'records',
        { gridId: 'grid-1', status: 'pending' },
        'demo-grid-leader',
      ),
    )
    const inQueue = queue.items.find((r: { id: string }) => r.id === logged.id)
    expect(inQueue.photoUrl).toMatch(/^http/)
  })
})

describe('the rater check itself', () => {
  it('fails an answer to a member that carries a rater’s person id', async () => {
    const rater = (await raw.db.collection('evaluations').limit(1).get()).data[0].raterId as string
    const leaky = checkedForRaters({
      ...raw,
      call: async () => ({ ok: true, data: { by: rater } }),
    })
    await expect(leaky.call('org', 'me', {}, 'demo-member-2')).rejects.toThrow('rater identity')
    // The same answer to a resident is not an answer to a member.
    await expect(leaky.call('org', 'me', {}, 'demo-resident-far')).resolves.toBeDefined()
  })

  it('finds, at the close of any suite, a resident rater’s id or openid in an answer to a member', () => {
    const raters = [
      { _id: 'person-r', openid: 'demo-r', name: '王秀兰', member: false },
      { _id: 'person-m', openid: 'demo-m', name: '黄建国', member: true },
    ]
    const ratings = [{ raterId: 'person-r' }, { raterId: 'person-m' }]
    const members = new Set(['demo-m', 'demo-m2'])
    const heard = (openid: string, text: string, fn = 'members') => ({
      fn,
      action: 'x',
      openid,
      text,
    })
    expect(
      raterLeaks(
        [
          heard('demo-m2', '{"by":"person-r"}'),
          heard('demo-m2', '{"who":"demo-r"}'),
          heard('demo-m2', '{"name":"王秀兰"}', 'evaluations'),
        ],
        ratings,
        raters,
        members,
      ),
    ).toHaveLength(3)
    // A member rater is public; a reporter's name reaches the handler by right; a non-member
    // caller and the rater themself are not members hearing about raters.
    expect(
      raterLeaks(
        [
          heard('demo-m2', '{"handler":"person-m"}'),
          heard('demo-m2', '{"reporter":"王秀兰"}', 'requests'),
          heard('demo-resident', '{"by":"person-r"}'),
          heard('demo-r', '{"by":"person-r"}'),
        ],
        ratings,
        raters,
        new Set([...members, 'demo-r']),
      ),
    ).toEqual([])
  })
})
