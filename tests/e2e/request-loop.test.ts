// The request loop clicked through in Chromium on the H5 build: claim → resolve with a photo →
// confirm with stars; the reopen path; a transfer to a 驻区单位 resolved by its liaison.
import { aReport } from '../support/factories'
import { dataOf } from '../support/stack'
import {
  act,
  byTestId,
  fillNote,
  makeJpeg,
  openDetail,
  requestCard,
  timelineTypes,
  waitForStatus,
} from './support/app'
import { e2eSession } from './support/session'

const session = e2eSession()
const signIn = session.signIn

/** A request filed through the API (the report form has its own test): returns its id. */
const reported = async (openid: string, description: string): Promise<string> =>
  dataOf(await session.stack.call('requests', 'report', aReport({ description }), openid)).id

describe('resident → member → resident: the loop closes with a rating', () => {
  let requestId: string

  it('lets a resident report a problem', async () => {
    const page = await signIn('demo-resident')
    await page.locator(byTestId('entry-report')).click()
    await page.locator(byTestId('category-repair')).click()
    await page
      .locator(`${byTestId('report-description')} textarea`)
      .fill('单元门的闭门器坏了，门关不上，冬天很冷')
    await page.locator(byTestId('report-building')).waitFor()
    await page.locator(byTestId('report-submit')).click()
    await waitForStatus(page, 'open')
    requestId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? ''
    expect(requestId).toMatch(/^[0-9a-f]{32}$/)
    // A resident may cancel an unclaimed request, nothing else: exactly the server's actions.
    expect(await page.locator(`${byTestId('action-bar')} [data-testid^="action-"]`).count()).toBe(1)
    await page.locator(byTestId('action-cancel')).waitFor()
    await page.context().close()
  })

  it('lets a member claim it in 任务大厅 and resolve it with a photo', async () => {
    // GIVEN a member posted in the grid, on the task board
    const page = await signIn('demo-member')
    await page.locator(byTestId('entry-task-hall')).click()
    const card = requestCard(page, requestId)
    await card.waitFor()
    // WHEN they open it and claim it
    await card.click()
    await waitForStatus(page, 'open')
    await act(page, 'claim')
    // THEN it is theirs, with the member's badge line
    await waitForStatus(page, 'claimed')
    expect(await page.locator(byTestId('detail-handler')).innerText()).toMatch(/^党员 .+ 认领办理$/)

    // WHEN they resolve it with a note and a photo from the file picker
    const jpeg = await makeJpeg(page)
    await act(page, 'resolve', async () => {
      await fillNote(page, '已更换闭门器，门能自动关好了')
      const chooser = page.waitForEvent('filechooser')
      await page.locator(byTestId('add-photo')).click()
      await (await chooser).setFiles({ name: 'door.jpg', mimeType: 'image/jpeg', buffer: jpeg })
      await page.locator(`${byTestId('picked-photo-state')}[data-state="done"]`).waitFor()
    })

    // THEN it is resolved and the resolve step carries the uploaded photo
    await waitForStatus(page, 'resolved')
    const resolvedStep = page.locator(`${byTestId('timeline-item')}[data-type="resolved"]`)
    expect(await resolvedStep.innerText()).toContain('已更换闭门器')
    const src = await resolvedStep.locator('img').first().getAttribute('src')
    expect(src).toContain('/storage/requests/')
    // AND the task board, when they return to it, no longer offers it
    await page.goBack()
    await page.locator(byTestId('task-board')).waitFor()
    await page
      .locator(`${byTestId('list-empty')}, ${byTestId('request-card')}`)
      .first()
      .waitFor()
    await expect(requestCard(page, requestId).count()).resolves.toBe(0)
    await page.context().close()
  })

  it('lets the resident confirm with 5 stars, and the timeline shows every step', async () => {
    const page = await signIn('demo-resident')
    await openDetail(page, session.stack.url, requestId)
    await waitForStatus(page, 'resolved')
    await act(page, 'confirm', async () => {
      await page.locator(byTestId('star-5')).click()
      expect(await page.locator(byTestId('star-input')).getAttribute('data-value')).toBe('5')
    })
    await waitForStatus(page, 'closed')
    expect(await page.locator(byTestId('rating-stars')).innerText()).toContain('5 星')
    expect(await timelineTypes(page)).toEqual([
      'reported',
      'routed',
      'claimed',
      'resolved',
      'confirmed',
    ])
    // Nothing more to do for the resident on a closed request.
    expect(await page.locator(byTestId('action-bar')).count()).toBe(0)
    await page.context().close()
  })
})

describe('the reopen path', () => {
  it('sends a resolved request back to its handler, who resolves it again', async () => {
    // GIVEN a request a member claimed and resolved
    const id = await reported('demo-resident-2', '楼道里的下水管漏水，地上一直是湿的')
    dataOf(await session.stack.call('requests', 'claim', { id }, 'demo-member-2'))
    dataOf(await session.stack.call('requests', 'resolve', { id, note: '已修好' }, 'demo-member-2'))

    // WHEN the resident says it is not fixed
    const resident = await signIn('demo-resident-2')
    await openDetail(resident, session.stack.url, id)
    await act(resident, 'reopen', () => fillNote(resident, '还在漏，晚上更严重'))
    await waitForStatus(resident, 'reopened')
    await resident.context().close()

    // THEN the handler finds it under 我的任务 and resolves it again
    const member = await signIn('demo-member-2')
    await member.locator(byTestId('entry-my-tasks')).click()
    await requestCard(member, id).click()
    await waitForStatus(member, 'reopened')
    await act(member, 'resolve', () => fillNote(member, '换了一段新管，已不再漏水'))
    await waitForStatus(member, 'resolved')
    expect(await timelineTypes(member)).toEqual([
      'reported',
      'routed',
      'claimed',
      'resolved',
      'reopened',
      'resolved',
    ])
    await member.context().close()
  })
})

describe('a transfer to a 驻区单位', () => {
  it('lets the grid leader transfer to 市住建局, whose liaison resolves it', async () => {
    // GIVEN an open request in the grid
    const id = await reported('demo-resident', '小区门口的人行道塌陷了一块，老人容易绊倒')

    // WHEN the grid leader transfers it to unit-1 with a reason
    const leader = await signIn('demo-grid-leader')
    await openDetail(leader, session.stack.url, id)
    await act(leader, 'transfer', async () => {
      await leader.locator(byTestId('assignee-unit-unit-1')).click()
      await fillNote(leader, '人行道属于市住建局管养')
    })
    await waitForStatus(leader, 'assigned')
    expect(await leader.locator(byTestId('detail-handler')).innerText()).toBe(
      '驻区单位 原平市住房和城乡建设局 承接转办',
    )
    await leader.context().close()

    // THEN the unit's liaison sees it in 我的任务 and resolves it
    const liaison = await signIn('demo-unit-liaison')
    await liaison.locator(byTestId('entry-my-tasks')).click()
    await requestCard(liaison, id).click()
    await waitForStatus(liaison, 'assigned')
    await act(liaison, 'resolve', () => fillNote(liaison, '已安排施工队修补人行道'))
    await waitForStatus(liaison, 'resolved')
    expect(await timelineTypes(liaison)).toEqual(['reported', 'routed', 'transferred', 'resolved'])
    await liaison.context().close()
  })
})

describe('代办', () => {
  it('lets staff record a visit for a household, which opens on the grid board', async () => {
    // GIVEN community staff on 首页
    const page = await signIn('demo-staff')
    // WHEN they record what a resident of 益民巷1号楼 said at the counter
    await page.locator(byTestId('entry-on-behalf')).click()
    await page.locator(byTestId('onbehalf-building-bldg-01')).click()
    await page.locator(byTestId('household-hh-01-1')).click()
    await page.locator(byTestId('channel-visit')).click()
    await page.locator(byTestId('category-repair')).click()
    await page.locator(`${byTestId('report-description')} textarea`).fill('居民来访：楼顶水箱漏水')
    await page.locator(byTestId('onbehalf-submit')).click()
    // THEN the request opens, filed for that household, recorded on behalf
    await waitForStatus(page, 'open')
    expect(await page.locator(byTestId('detail-reporter-name')).innerText()).not.toBe('')
    expect(await timelineTypes(page)).toContain('recordedOnBehalf')
    await page.context().close()
  })
})
