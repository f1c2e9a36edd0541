// 三亮 and 评议 clicked through in Chromium on the H5 build: demo-inservice registers (双报到), staff
// approve, the member publishes a pledge, a resident sees it on the card and rates the member; then
// staff's ranking (CSV download), points rules and 党员标兵岗, the member's photo on their card and
// on logged service (verified by the grid leader), and the badge on a request the member handles.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { aReport } from '../support/factories'
import { dataOf } from '../support/stack'
import { byTestId, makeJpeg, openDetail } from './support/app'
import { e2eSession } from './support/session'

const MEMBER = 'person-demo-inservice'
const PLEDGE = '每周六上午在益民巷义务维修小家电'

const session = e2eSession()
const signIn = session.signIn
const input = (page: Page, id: string) => page.locator(`${byTestId(id)} input`)
const textarea = (page: Page, id: string) => page.locator(`${byTestId(id)} textarea`)

describe('双报到 → pledge → a resident sees it and rates the member', () => {
  it('lets demo-inservice register with the community', async () => {
    const page = await signIn('demo-inservice')
    await page.locator(byTestId('entry-check-in')).click()
    await input(page, 'check-in-name').fill('赵在职')
    await page.locator(byTestId('unit-unit-1')).click()
    await input(page, 'check-in-org').fill('市住建局机关党支部')
    await page.locator(byTestId('grid-grid-1')).click()
    await page.locator(byTestId('check-in-submit')).click()
    await page.locator(`${byTestId('check-in-status')}[data-status="pending"]`).waitFor()
    await page.context().close()
  })

  it('lets staff approve the registration', async () => {
    const page = await signIn('demo-staff')
    await page.locator(byTestId('entry-check-ins')).click()
    await page.locator(byTestId('check-in-approve')).click()
    await page.locator(byTestId('list-empty')).waitFor()
    await page.context().close()
  })

  it('lets the new member publish a pledge', async () => {
    const page = await signIn('demo-inservice')
    await page.locator(byTestId('entry-my-pledges')).click()
    await textarea(page, 'pledge-input').fill(PLEDGE)
    await page.locator(byTestId('pledge-submit')).click()
    await page.locator(byTestId('pledge-text'), { hasText: PLEDGE }).waitFor()
    await page.context().close()
  })

  it('lets staff open an evaluation round for every member', async () => {
    const page = await signIn('demo-staff')
    await page.locator(byTestId('entry-rounds')).click()
    await input(page, 'round-name').fill('2026年第四季度评议')
    await page.locator(byTestId('round-open')).click()
    await page.locator('[data-testid^="round-round-"]').first().waitFor()
    await page.context().close()
  })

  it('shows a resident of the grid the member’s card and pledge, and takes their rating', async () => {
    const page = await signIn('demo-resident')
    await page.locator(byTestId('entry-member-grid')).click()
    await page.locator(byTestId(`member-card-${MEMBER}`)).click()
    await page.locator(byTestId('member-card-screen')).waitFor()
    expect(await page.locator(byTestId('pledge-text')).allTextContents()).toEqual([PLEDGE])
    // demo-member's 党员标兵岗 shows on 党员风采 too.
    await page.goBack()
    await page
      .locator(`${byTestId('member-card-person-demo-member')} ${byTestId('member-badge')}`)
      .waitFor()
    await page.goto(`${session.stack.url}/#/pages/index/index`)
    await page.locator(byTestId('entry-ballot')).click()
    const row = page.locator(byTestId(`ballot-${MEMBER}`))
    await row.locator(byTestId('verdict-satisfied')).click()
    await row.locator(byTestId('ballot-done')).waitFor()
    const stored = await session.stack.db
      .collection('evaluations')
      .where({ memberId: MEMBER })
      .get()
    expect(stored.data.map((e: { verdict: string }) => e.verdict)).toEqual(['satisfied'])
  })
})

/** Picks a photo in the open form's picker (the browser's file chooser) and waits for its upload. */
const pickPhoto = async (page: Page, name: string) => {
  const jpeg = await makeJpeg(page)
  const chooser = page.waitForEvent('filechooser')
  await page.locator(byTestId('add-photo')).click()
  await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: jpeg })
  await page.locator(`${byTestId('picked-photo-state')}[data-state="done"]`).waitFor()
}

describe('staff screens, photos and the badge on a request', () => {
  it('ranks every member for staff and downloads the table as CSV', async () => {
    const page = await signIn('demo-staff')
    await page.locator(byTestId('entry-ranking')).click()
    const ranked = await page.locator(byTestId(`rank-${MEMBER}`)).innerText()
    const name = /^\d+\. (\S+) · /.exec(ranked)?.[1] ?? '(no name)'
    const download = page.waitForEvent('download')
    await page.locator(byTestId('ranking-csv')).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^党员积分-\d{4}年\.csv$/)
    const path = await file.path()
    const text = readFileSync(path, 'utf8')
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFF姓名,单位,服务次数,服务时长（小时）,积分,兑现承诺,到期承诺',
    )
    // One line per member, the one just approved among them, with their unit.
    expect(text).toContain(`${name},原平市住房和城乡建设局,`)
    expect(text.split('\r\n').length).toBeGreaterThan(25)
    await page.context().close()
  })

  it('lets staff award 党员标兵岗 from the ranking and change the points rules', async () => {
    const page = await signIn('demo-staff')
    await page.locator(byTestId('entry-ranking')).click()
    await page.locator(byTestId(`rank-${MEMBER}`)).click()
    await page.locator(byTestId('badge-toggle'), { hasText: '授予党员标兵岗' }).click()
    await page.locator(`${byTestId(`member-card-${MEMBER}`)} ${byTestId('member-badge')}`).waitFor()
    await page.goto(`${session.stack.url}/#/pages/index/index`)
    await page.locator(byTestId('entry-points-rules')).click()
    await input(page, 'rule-mode-difficult').fill('6')
    await page.locator(byTestId('rules-save')).click()
    await page.getByText('规则已保存').waitFor()
    // Points rules live in the community's rule store since the console (kind 'points').
    const doc = await session.stack.db.collection('rules').doc('chengxi:points').get()
    const stored = (doc.data as { value: { baseByMode: { difficult: number } } }[])[0]
    expect(stored?.value.baseByMode.difficult).toBe(6)
    await page.context().close()
  })

  it('puts the member’s own photo on their card, and one on logged service the leader verifies', async () => {
    const page = await signIn('demo-inservice')
    await page.goto(`${session.stack.url}/#/packages/members/card/index?id=${MEMBER}`)
    await page.locator(byTestId('my-photo')).waitFor()
    await pickPhoto(page, 'face.jpg')
    await page.locator(byTestId('photo-save')).click()
    const photo = page.locator(`${byTestId(`member-card-${MEMBER}`)} ${byTestId('member-photo')}`)
    await photo.waitFor()
    expect(await photo.locator('img').first().getAttribute('src')).toContain(
      `/storage/members/${MEMBER}/`,
    )

    await page.goto(`${session.stack.url}/#/pages/index/index`)
    await page.locator(byTestId('entry-my-records')).click()
    await textarea(page, 'service-note').fill('陪同独居老人到医院复查')
    await pickPhoto(page, 'visit.jpg')
    await page.locator(byTestId('service-submit')).click()
    await page.locator(byTestId('record-photo')).waitFor()
    await page.context().close()

    const leader = await signIn('demo-grid-leader')
    await leader.locator(byTestId('entry-service-reviews')).click()
    const review = leader.locator('[data-testid^="review-"]', { hasText: '陪同独居老人到医院复查' })
    expect(
      await review
        .locator(`${byTestId('review-photo')} img`)
        .first()
        .getAttribute('src'),
    ).toContain(`/storage/service/${MEMBER}/`)
    await review.locator(byTestId('review-verify')).click()
    await review.waitFor({ state: 'detached' })
    const stored = await session.stack.db
      .collection('serviceRecords')
      .where({ memberId: MEMBER, kind: 'activity' })
      .get()
    expect(stored.data.map((r: { status: string }) => r.status)).toEqual(['verified'])
    await leader.context().close()
  })

  it('shows the resident the 党员标兵岗 of the member handling their request', async () => {
    const { stack } = session
    const filed = dataOf(await stack.call('requests', 'report', aReport(), 'demo-resident'))
    dataOf(await stack.call('requests', 'claim', { id: filed.id }, 'demo-member'))
    const page = await signIn('demo-resident')
    await openDetail(page, stack.url, filed.id)
    expect(await page.locator(byTestId('detail-handler-award')).innerText()).toBe('党员标兵岗')
    await page.context().close()
  })
})
