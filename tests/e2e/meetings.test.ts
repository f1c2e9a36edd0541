// 议事 clicked through in Chromium on the H5 build: staff record a meeting on a resident's request
// (the 益民巷 street lamps), the unit's liaison marks the decision in progress, and the resident who
// reported it sees the progress under 我反映过的.
import { aReport } from '../support/factories'
import { aMeeting } from '../support/meeting-drive'
import { byTestId } from './support/app'
import { e2eSession } from './support/session'

const session = e2eSession()

describe('a meeting followed by the reporter', () => {
  it('shows the decision and its progress to the resident who reported the request', async () => {
    // GIVEN a resident's request, and staff record a meeting on it
    const filed = await session.stack.call(
      'requests',
      'report',
      aReport({ category: 'roads', description: '益民巷晚上太黑，路灯不亮' }),
      'demo-resident',
    )
    expect(filed.ok).toBe(true)
    const requestId = (filed as { data: { id: string } }).data.id
    const recorded = await session.stack.call(
      'meetings',
      'record',
      aMeeting({ topic: '益民巷路灯议事会', gridIds: [], requestIds: [requestId] }),
      'demo-staff',
    )
    expect(recorded.ok).toBe(true)
    const meetingId = (recorded as { data: { id: string } }).data.id

    // WHEN the liaison of the owning unit marks it in progress on the detail screen
    const liaison = await session.signIn('demo-unit-liaison')
    await liaison.goto(`${session.stack.url}/#/packages/meetings/detail/index?id=${meetingId}`)
    await liaison.locator(byTestId('decision-note')).locator('input').fill('路灯已进场安装')
    await liaison.locator(byTestId('decision-to-inProgress')).click()
    await liaison.locator(byTestId('decision-progress')).waitFor()
    await liaison.context().close()

    // THEN the reporter sees it under 我反映过的, in progress with the note
    const resident = await session.signIn('demo-resident')
    await resident.goto(`${session.stack.url}/#/packages/meetings/list/index`)
    await resident.locator(byTestId('toggle-mine')).click()
    const card = resident.locator(`[data-meeting-id="${meetingId}"]`)
    await card.waitFor()
    expect(await card.textContent()).toContain('推进中｜安装路灯 28 盏')
    await card.click()
    await resident.locator(byTestId('decision-progress')).waitFor()
    expect(await resident.locator(byTestId('decision-progress')).textContent()).toContain(
      '路灯已进场安装',
    )
    await resident.context().close()
  })
})
