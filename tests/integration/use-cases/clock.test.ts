// The request use cases in process with a clock the test sets: due times around holidays, board
// order as requests fall overdue, and the timer's work done at a given time.
import { aReport } from '../../support/factories'
import { startInProcess, type InProcess } from '../../support/in-process'
import { sweepRequests } from '../../../cloudfunctions/use-cases/requests/sweep-requests'

let uc: InProcess
beforeAll(async () => {
  uc = await startInProcess()
})
afterAll(() => uc.close())

/** A China local time as an instant. */
const china = (local: string) => new Date(`${local}+08:00`)

const report = async (at: Date, input: Parameters<typeof aReport>[0], openid = 'demo-resident') => {
  uc.setNow(at)
  return (await uc.run('report', aReport(input), openid)).id
}
const stored = async (id: string) => {
  const doc = await uc.deps.requests.getById(id)
  if (!doc) throw new Error(`no request ${id}`)
  return doc
}

describe('due times from the clock', () => {
  it('counts working days across the National Day holiday from a Friday', async () => {
    // GIVEN Friday 2024-09-27, 10:00: Sunday 29th is a make-up working day, 1–7 October are off
    const friday = china('2024-09-27T10:00:00')
    // WHEN a repair (当天办), a tutoring request (想法办, 5 working days) and an elder-care visit
    // (上门办, 24 h) are reported
    const repair = await report(friday, { category: 'repair' })
    const tutoring = await report(friday, {
      category: 'education',
      description: '孩子数学作业需要辅导',
    })
    const visit = await report(friday, {
      category: 'elderCare',
      description: '独居老人需要上门探望',
    })
    // THEN the repair is due that night, the tutoring on Thursday 10 October (29 Sep, 30 Sep,
    // 8, 9, 10 Oct), the visit 24 hours later
    expect((await stored(repair)).dueAt).toEqual(china('2024-09-27T23:59:59.999'))
    expect((await stored(tutoring)).dueAt).toEqual(china('2024-10-10T23:59:59.999'))
    expect((await stored(visit)).dueAt).toEqual(china('2024-09-28T10:00:00'))
    expect((await stored(repair)).createdAt).toEqual(friday)
  })
})

describe('the board as time passes', () => {
  it('puts overdue first, then urgent, then the nearest due time', async () => {
    // GIVEN on Monday a repair; on Tuesday a repair, an urgent repair and a tutoring request
    const monday = china('2024-11-04T10:00:00')
    const tuesday = china('2024-11-05T10:00:00')
    const a = await report(monday, { category: 'repair', description: '周一：楼道灯坏了' })
    const b = await report(tuesday, { category: 'repair', description: '周二：水管滴水' })
    const c = await report(
      tuesday,
      { category: 'repair', urgency: 'urgent', description: '周二：电梯困人' },
      'demo-resident-2',
    )
    const e = await report(tuesday, { category: 'education', description: '周二：需要作业辅导' })
    const board = async (at: Date) => {
      uc.setNow(at)
      const page = await uc.run('listBoard', { limit: 50 }, 'demo-member')
      return page.items.filter((i) => [a, b, c, e].includes(i.id))
    }
    // WHEN the member opens the board on Tuesday at 11:00 THEN Monday's repair is overdue, first
    const tuesdayLater = await board(china('2024-11-05T11:00:00'))
    expect(tuesdayLater.map((i) => i.id)).toEqual([a, c, b, e])
    expect(tuesdayLater.map((i) => i.overdue)).toEqual([true, false, false, false])
    // WHEN they open it on Wednesday THEN the three repairs are overdue, the urgent one first
    const wednesday = await board(china('2024-11-06T09:00:00'))
    expect(wednesday.map((i) => i.id)).toEqual([c, a, b, e])
    expect(wednesday.map((i) => i.overdue)).toEqual([true, true, true, false])
  })
})

describe('the timer at a given time', () => {
  it('escalates what is overdue at that time, and stamps its events with it', async () => {
    // GIVEN a repair reported on a Thursday, claimed the same day
    const thursday = china('2024-11-07T09:00:00')
    const id = await report(thursday, { category: 'repair', description: '周四：单元门坏了' })
    uc.setNow(china('2024-11-07T09:30:00'))
    const claimed = await uc.run('claim', { id }, 'demo-member')
    expect(claimed.status).toBe('claimed')
    expect((await stored(id)).claimedAt).toEqual(china('2024-11-07T09:30:00'))
    // WHEN the sweep runs that evening THEN nothing happens; after midnight it escalates
    await sweepRequests(china('2024-11-07T20:00:00'), uc.deps)
    expect((await stored(id)).escalationLevel).toBe(0)
    const night = china('2024-11-08T00:10:00')
    await sweepRequests(night, uc.deps)
    const doc = await stored(id)
    expect(doc.escalationLevel).toBe(1)
    expect(doc.timeline.at(-1)).toMatchObject({ type: 'escalated', at: night, by: null })
    // AND the handler sees it overdue in 我的任务
    uc.setNow(night)
    const tasks = await uc.run('listMyTasks', {}, 'demo-member')
    expect(tasks.items.find((i) => i.id === id)?.overdue).toBe(true)
  })
})
