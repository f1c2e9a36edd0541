// 同一个问题？: shown only when similar requests exist; 附议 follows one, "不是" hides the prompt.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { makeDetail, makeSummary } from '@/testing/factories'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { SimilarPrompt } from './similar-prompt'

const similar = (items: unknown[]) => () => okAnswer({ items })

describe('SimilarPrompt', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-resident-2')
  })

  it('asks for similar requests of this building and category, and shows nothing if none', async () => {
    // GIVEN no similar requests
    const gateway = installFakeGateway({ 'requests.similar': similar([]) })
    // WHEN the prompt renders for repair in bldg-01
    const { container } = render(
      <SimilarPrompt category="repair" buildingId="bldg-01" onJoined={() => undefined} />,
    )
    // THEN it asked with both, and shows nothing
    await waitFor(() => expect(gateway.callsTo('requests.similar')).toHaveLength(1))
    expect(gateway.callsTo('requests.similar')[0]?.data).toEqual({
      category: 'repair',
      buildingId: 'bldg-01',
    })
    expect(container.textContent).toBe('')
  })

  it('follows the chosen request with a clientRequestId, then opens it', async () => {
    // GIVEN one similar open request
    const item = { ...makeSummary({ id: 'req-1', excerpt: '楼道灯坏了' }), following: false }
    const onJoined = jest.fn()
    const gateway = installFakeGateway({
      'requests.similar': similar([item]),
      'requests.follow': () => okAnswer(makeDetail({ id: 'req-1', following: true })),
    })
    render(<SimilarPrompt category="repair" buildingId="bldg-01" onJoined={onJoined} />)
    expect(await screen.findByText('楼道灯坏了')).toBeTruthy()

    // WHEN the resident taps 附议
    fireEvent.click(screen.getByTestId('similar-follow'))

    // THEN follow went out for that request and the resident is taken to it
    await waitFor(() => expect(onJoined).toHaveBeenCalledWith('req-1'))
    const sent = gateway.callsTo('requests.follow')[0]?.data as Record<string, string>
    expect(sent.id).toBe('req-1')
    expect(sent.clientRequestId).toMatch(/^rq-/)
  })

  it('hides itself on 不是，继续提交', async () => {
    const item = { ...makeSummary({ excerpt: '楼道灯坏了' }), following: false }
    installFakeGateway({ 'requests.similar': similar([item]) })
    render(<SimilarPrompt category="repair" buildingId="bldg-01" onJoined={() => undefined} />)
    await screen.findByTestId('similar-prompt')
    fireEvent.click(screen.getByTestId('similar-dismiss'))
    expect(screen.queryByTestId('similar-prompt')).toBeNull()
  })
})
