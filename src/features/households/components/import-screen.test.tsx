// 导入住户: the dry run's bad rows as a table (no import offered), then a clean file imported.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { pickSpreadsheet } from '../lib/pick-spreadsheet'
import { ImportScreen } from './import-screen'

jest.mock('../lib/pick-spreadsheet', () => ({ pickSpreadsheet: jest.fn() }))
const picked = pickSpreadsheet as jest.MockedFunction<typeof pickSpreadsheet>

const result = (issues: { row: number; column: string; reason: string }[], dryRun = true) => ({
  dryRun,
  imported: !dryRun,
  rows: 3,
  households: 2,
  residents: 3,
  issues,
})

describe('ImportScreen', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-staff')
  })
  afterEach(() => jest.restoreAllMocks())

  it('lists every bad row of the dry run and offers no import until the file is clean', async () => {
    // GIVEN a file with a bad phone on row 4
    const calls: unknown[] = []
    installFakeGateway({
      'org.importHouseholds': (data) => {
        calls.push(data)
        return okAnswer(result([{ row: 4, column: '手机', reason: '手机号格式不对' }]))
      },
    })
    picked.mockResolvedValue({ name: '住户.csv', format: 'csv', content: 'x' })
    render(<ImportScreen />)
    // WHEN staff pick it
    fireEvent.click(screen.getByTestId('import-pick'))
    // THEN its row, column and reason are listed, and nothing is offered to import
    await waitFor(() => expect(screen.getAllByTestId('import-issue')).toHaveLength(1))
    expect(screen.getByTestId('import-issue').textContent).toBe('4手机手机号格式不对')
    expect(screen.queryByTestId('import-confirm')).toBeNull()
    expect(calls).toEqual([{ format: 'csv', content: 'x', dryRun: true }])
  })

  it('imports a clean file once staff confirm', async () => {
    installFakeGateway({
      'org.importHouseholds': (data) => okAnswer(result([], (data as { dryRun: boolean }).dryRun)),
    })
    picked.mockResolvedValue({ name: '住户.xlsx', format: 'xlsx', content: 'UEs=' })
    render(<ImportScreen />)
    fireEvent.click(screen.getByTestId('import-pick'))
    await waitFor(() => expect(screen.getByTestId('import-clean')).toBeTruthy())
    fireEvent.click(screen.getByTestId('import-confirm'))
    await waitFor(() =>
      expect(screen.getByTestId('import-done').textContent).toContain('已导入 2 户、3 位居民'),
    )
  })
})
