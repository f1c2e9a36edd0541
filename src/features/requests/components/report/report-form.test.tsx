// 我要反映: validation with the shared schema, one submit at a time, one clientRequestId per draft.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { forgetMe } from '@/shared/api/me'
import { makeDetail, makeMe, makeSummary } from '@/testing/factories'
import { deferred, failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import type { Route } from '@/testing/fake-gateway'
import { typeInto } from '@/testing/taro-events'
import { DRAFT_STORAGE_KEY } from '../../lib/report-draft'
import { ReportForm } from './report-form'

const DESCRIPTION = '3号楼2单元楼道灯坏了'
const buildings = { items: [{ id: 'building-3', name: '3号楼', gridId: 'grid-1' }] }

const givenGateway = (report: Route) =>
  installFakeGateway({
    'org.me': () => okAnswer(makeMe()),
    'org.listBuildings': () => okAnswer(buildings),
    'requests.report': report,
    'requests.similar': () => okAnswer({ items: [] }),
  })

const fillValidReport = async () => {
  await screen.findByTestId('report-form')
  fireEvent.click(screen.getByTestId('category-repair'))
  typeInto(screen.getByTestId('report-description'), DESCRIPTION)
}

const reportIds = (gateway: ReturnType<typeof givenGateway>) =>
  gateway
    .callsTo('requests.report')
    .map((c) => (c.data as { clientRequestId: string }).clientRequestId)

describe('ReportForm', () => {
  let redirectTo: jest.SpyInstance

  beforeEach(() => {
    localStorage.clear()
    forgetMe()
    setDevOpenid('demo-resident')
    redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  afterEach(() => jest.restoreAllMocks())

  it('prefills the building from org.me and counts the description against its limit', async () => {
    // GIVEN a resident of 3号楼
    givenGateway(() => okAnswer({ id: 'r1', gridId: 'grid-1', status: 'open' }))

    // WHEN the form opens and they type
    render(<ReportForm />)
    await fillValidReport()

    // THEN the building is theirs and the counter follows the text
    expect(screen.getByTestId('report-building').textContent).toBe('3号楼')
    expect(screen.getByTestId('description-counter').textContent).toBe(`${DESCRIPTION.length}/500`)
  })

  it('validates with the shared schema and shows its Chinese message, sending nothing', async () => {
    // GIVEN a form with a category but a too-short description
    const gateway = givenGateway(() => okAnswer({ id: 'r1', gridId: 'grid-1', status: 'open' }))
    render(<ReportForm />)
    await screen.findByTestId('report-form')
    fireEvent.click(screen.getByTestId('category-repair'))
    typeInto(screen.getByTestId('report-description'), '灯坏')

    // WHEN the resident taps 提交
    fireEvent.click(screen.getByTestId('report-submit'))

    // THEN the schema's message shows at the field and beside the button, and nothing was sent
    expect((await screen.findByTestId('report-description-error')).textContent).toBe(
      '请至少写 5 个字，说清楚问题',
    )
    expect(screen.getByTestId('report-error').textContent).toContain('请至少写 5 个字')
    expect(gateway.callsTo('requests.report')).toHaveLength(0)
  })

  it("offers the community's categories only: one switched off is not shown, a renamed one is", async () => {
    // GIVEN a community that switched 文化活动 off and calls 维修 房屋报修
    installFakeGateway({
      'org.me': () =>
        okAnswer(
          makeMe({
            categories: [
              { id: 'repair', name: '房屋报修', sensitive: false },
              { id: 'dispute', name: '矛盾纠纷', sensitive: true },
            ],
          }),
        ),
      'org.listBuildings': () => okAnswer(buildings),
      'requests.similar': () => okAnswer({ items: [] }),
    })
    render(<ReportForm />)
    await screen.findByTestId('report-form')
    // THEN only those two chips are offered, under the community's names
    expect(screen.getAllByTestId(/^category-/).map((c) => c.getAttribute('data-testid'))).toEqual([
      'category-repair',
      'category-dispute',
    ])
    expect(screen.getByTestId('category-repair').textContent).toContain('房屋报修')
    expect(screen.queryByTestId('category-culture')).toBeNull()
  })

  it('asks for a category when none is chosen', async () => {
    // GIVEN a description but no category
    givenGateway(() => okAnswer({ id: 'r1', gridId: 'grid-1', status: 'open' }))
    render(<ReportForm />)
    await screen.findByTestId('report-form')
    typeInto(screen.getByTestId('report-description'), DESCRIPTION)

    // WHEN they submit
    fireEvent.click(screen.getByTestId('report-submit'))

    // THEN the category error is the schema's
    expect((await screen.findByTestId('report-category-error')).textContent).toBe('请选择问题类别')
  })

  it('disables submit while sending, sends once, then opens the new request', async () => {
    // GIVEN a report the function has not answered yet
    const answer = deferred<unknown>()
    const gateway = givenGateway(() => answer.promise)
    render(<ReportForm />)
    await fillValidReport()

    // WHEN the resident taps 提交 twice
    fireEvent.click(screen.getByTestId('report-submit'))
    fireEvent.click(await screen.findByText('正在提交…'))

    // THEN the button is disabled and only one report went out
    expect(screen.getByTestId('report-submit').getAttribute('aria-disabled')).toBe('true')
    expect(gateway.callsTo('requests.report')).toHaveLength(1)
    expect(gateway.callsTo('requests.report')[0]?.data).toMatchObject({
      category: 'repair',
      description: DESCRIPTION,
      buildingId: 'building-3',
      urgency: 'normal',
      hideName: false,
    })

    // WHEN the function answers
    answer.resolve(okAnswer({ id: 'request-42', gridId: 'grid-1', status: 'open' }))

    // THEN the detail page opens and the draft is gone from storage
    await waitFor(() =>
      expect(redirectTo).toHaveBeenCalledWith({
        url: '/packages/requests/detail/index?id=request-42',
      }),
    )
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
  })

  it('retries a failed submit by itself, says so in Chinese, and files it once', async () => {
    // GIVEN a network that drops the first report, and a second attempt still on its way
    const second = deferred<unknown>()
    let attempts = 0
    const gateway = givenGateway(() => {
      attempts += 1
      if (attempts === 1) throw new TypeError('Failed to fetch')
      return second.promise
    })
    render(<ReportForm />)
    await fillValidReport()

    // WHEN the resident taps 提交 once
    fireEvent.click(screen.getByTestId('report-submit'))

    // THEN while the client re-sends, the form says it is retrying and that nothing is lost
    expect((await screen.findByTestId('retry-notice')).textContent).toContain('网络不稳定')
    expect(screen.getByTestId('retry-notice').textContent).toContain('不会丢失')
    expect(screen.getByTestId('report-submit').textContent).toBe('正在重试…')
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('楼道灯坏了')

    // WHEN the retry is answered
    second.resolve(okAnswer({ id: 'request-8', gridId: 'grid-1', status: 'open' }))

    // THEN the request opens, both attempts carried the same clientRequestId, the notice is gone
    await waitFor(() => expect(redirectTo).toHaveBeenCalledTimes(1))
    const [first, again] = reportIds(gateway)
    expect(first).toBeDefined()
    expect(again).toBe(first)
    expect(screen.queryByTestId('retry-notice')).toBeNull()
  })

  it('keeps the draft and its clientRequestId when every attempt fails, so a later submit files once', async () => {
    // GIVEN a network that fails the whole first submit (the client's own retries included)
    let attempts = 0
    const gateway = givenGateway(() => {
      attempts += 1
      if (attempts <= 4) throw new TypeError('Failed to fetch')
      return okAnswer({ id: 'request-7', gridId: 'grid-1', status: 'open' })
    })
    const first = render(<ReportForm />)
    await fillValidReport()

    // WHEN the submit fails
    fireEvent.click(screen.getByTestId('report-submit'))

    // THEN a Chinese error says so, and the draft is still stored
    expect((await screen.findByTestId('report-error')).textContent).toContain('网络连接失败')
    expect(screen.getByTestId('report-error').textContent).toContain('已保存')
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('楼道灯坏了')

    // WHEN the app is closed and the form reopened
    first.unmount()
    render(<ReportForm />)

    // THEN the draft is back
    await screen.findByTestId('draft-restored')
    expect(screen.getByTestId('description-counter').textContent).toBe(`${DESCRIPTION.length}/500`)

    // WHEN the resident taps 提交 again
    fireEvent.click(screen.getByTestId('report-submit'))

    // THEN every attempt carried the same clientRequestId and the request opened
    await waitFor(() => expect(redirectTo).toHaveBeenCalledTimes(1))
    const ids = reportIds(gateway)
    expect(ids).toHaveLength(5)
    expect(new Set(ids).size).toBe(1)
  })

  it('maps REQUEST.BUILDING_REQUIRED from the function to the building field', async () => {
    // GIVEN a function that cannot place the request
    givenGateway(() => failAnswer('REQUEST.BUILDING_REQUIRED', 'building required'))
    render(<ReportForm />)
    await fillValidReport()

    // WHEN the resident submits
    fireEvent.click(screen.getByTestId('report-submit'))

    // THEN the building field asks for a building
    expect((await screen.findByTestId('report-building-error')).textContent).toBe(
      '请选择问题所在的楼院',
    )
  })

  it('offers 同一个问题？ once category and building are known; 附议 opens that request', async () => {
    // GIVEN an open request about the same thing in the resident's building
    const same = { ...makeSummary({ id: 'request-3', excerpt: '楼道灯坏了' }), following: false }
    const gateway = installFakeGateway({
      'org.me': () => okAnswer(makeMe()),
      'org.listBuildings': () => okAnswer(buildings),
      'requests.similar': () => okAnswer({ items: [same] }),
      'requests.follow': () => okAnswer(makeDetail({ id: 'request-3', following: true })),
    })
    render(<ReportForm />)

    // WHEN the resident picks 设施维修 (their building is prefilled)
    await fillValidReport()

    // THEN the prompt asks about that building and category
    await screen.findByTestId('similar-prompt')
    expect(gateway.callsTo('requests.similar')[0]?.data).toEqual({
      category: 'repair',
      buildingId: 'building-3',
    })

    // WHEN they join it instead of filing
    fireEvent.click(screen.getByTestId('similar-follow'))

    // THEN they follow it, land on it, nothing was filed and the draft is gone
    await waitFor(() =>
      expect(redirectTo).toHaveBeenCalledWith({
        url: '/packages/requests/detail/index?id=request-3',
      }),
    )
    expect(gateway.callsTo('requests.report')).toHaveLength(0)
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
  })

  it('restores an unsent draft after the page is reopened', async () => {
    // GIVEN a draft typed before the app was closed
    givenGateway(() => okAnswer({ id: 'r1', gridId: 'grid-1', status: 'open' }))
    const first = render(<ReportForm />)
    await fillValidReport()
    first.unmount()

    // WHEN the form opens again
    render(<ReportForm />)

    // THEN the text and category are back, with a notice
    await screen.findByTestId('draft-restored')
    expect(screen.getByTestId('category-repair').getAttribute('data-selected')).toBe('true')
    expect(screen.getByTestId('description-counter').textContent).toBe(`${DESCRIPTION.length}/500`)
  })
})
