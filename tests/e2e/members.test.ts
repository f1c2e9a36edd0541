// 三亮 and 评议 clicked through in Chromium on the H5 build: demo-inservice registers (双报到), staff
// approve, the member publishes a pledge, a resident sees it on the card and rates the member.
import type { Page } from 'playwright-core'
import { byTestId } from './support/app'
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
