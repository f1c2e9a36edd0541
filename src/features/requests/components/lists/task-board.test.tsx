// 任务大厅: the filters send status and category to listBoard and start the list over.
import { fireEvent, render, screen } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { makePage, makeSummary } from '@/testing/factories'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { TaskBoard } from './task-board'

describe('TaskBoard', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-member')
  })

  it('opens on 待认领 and marks overdue requests in red', async () => {
    // GIVEN a board with an overdue request first
    const gateway = installFakeGateway({
      'requests.listBoard': () =>
        okAnswer(
          makePage([
            makeSummary({ excerpt: '路灯不亮', overdue: true, dueAt: '2020-01-01T00:00:00.000Z' }),
          ]),
        ),
    })
    // WHEN the board opens
    render(<TaskBoard />)
    // THEN it asked for open requests and shows the overdue marker and time in red
    await screen.findByText('路灯不亮')
    expect(gateway.callsTo('requests.listBoard')[0]?.data).toEqual({ limit: 20, status: 'open' })
    expect(screen.getByTestId('overdue-marker').textContent).toBe('已超时')
    expect(screen.getByTestId('request-due').className).toContain('request-card__due--overdue')
    expect(screen.getByTestId('request-due').textContent).toMatch(/^已超时/)
  })

  it('filters by status and category, each time from the first page', async () => {
    // GIVEN a board
    const gateway = installFakeGateway({
      'requests.listBoard': () => okAnswer(makePage([makeSummary({ excerpt: '楼道堆物' })])),
    })
    render(<TaskBoard />)
    await screen.findByText('楼道堆物')

    // WHEN the member chooses 办理中, then the category 环境卫生
    fireEvent.click(screen.getByTestId('board-status-taken'))
    await screen.findByText('楼道堆物')
    fireEvent.click(screen.getByTestId('board-category-toggle'))
    fireEvent.click(screen.getByTestId('board-category-sanitation'))
    await screen.findByText('楼道堆物')

    // THEN each filter reached the server; the chosen chips show as selected
    expect(gateway.callsTo('requests.listBoard').map((c) => c.data)).toEqual([
      { limit: 20, status: 'open' },
      { limit: 20, status: 'taken' },
      { limit: 20, status: 'taken', category: 'sanitation' },
    ])
    expect(screen.getByTestId('board-status-taken').getAttribute('data-selected')).toBe('true')
    expect(screen.getByTestId('board-category-toggle').textContent).toContain('环境卫生')
  })

  it('never offers sensitive categories (they stay off public boards)', async () => {
    installFakeGateway({ 'requests.listBoard': () => okAnswer(makePage([])) })
    render(<TaskBoard />)
    await screen.findByTestId('list-empty')
    fireEvent.click(screen.getByTestId('board-category-toggle'))
    expect(screen.queryByTestId('board-category-medical')).toBeNull()
    expect(screen.queryByTestId('board-category-dispute')).toBeNull()
    expect(screen.getByTestId('board-category-repair')).toBeTruthy()
  })
})
