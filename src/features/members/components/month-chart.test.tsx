// 我的纪实's chart: bars scaled to the best month, empty months flat.
import { render, screen } from '@testing-library/react'
import { barHeights, MonthChart } from './month-chart'

describe('MonthChart', () => {
  it('scales bars to the best month and keeps empty or negative months flat', () => {
    expect(
      barHeights([
        { month: '2026-01', points: 0 },
        { month: '2026-02', points: 5 },
        { month: '2026-03', points: 10 },
        { month: '2026-04', points: -2 },
      ]),
    ).toEqual([0, 50, 100, 0])
    expect(barHeights([{ month: '2026-01', points: 0 }])).toEqual([0])
  })

  it('draws one bar per month, labelled by month, with its points', () => {
    // GIVEN a year with points in March only
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      points: i === 2 ? 7 : 0,
    }))
    // WHEN the chart renders
    render(<MonthChart months={months} />)
    // THEN March stands full height with its points, January is flat and unlabelled
    expect(screen.getAllByTestId(/^bar-/)).toHaveLength(12)
    expect(screen.getByTestId('bar-2026-03').textContent).toBe('73月')
    expect(screen.getByTestId('bar-2026-01').textContent).toBe('1月')
  })
})
