// The star input: a tap sets the rating, shown in stars and in words; the display reads it back.
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { StarDisplay, StarInput } from './star-rating'

function Harness({ onChange }: { onChange: (n: number) => void }) {
  const [value, setValue] = useState(0)
  return (
    <StarInput
      value={value}
      onChange={(n) => {
        setValue(n)
        onChange(n)
      }}
    />
  )
}

describe('StarInput', () => {
  it('starts unrated and asks for a tap', () => {
    render(<Harness onChange={() => undefined} />)
    expect(screen.getByTestId('star-input').getAttribute('data-value')).toBe('0')
    expect(screen.getByTestId('star-input').textContent).toContain('请点星星打分')
  })

  it('sets the rating to the tapped star and fills the stars up to it', () => {
    // GIVEN the input
    const onChange = jest.fn()
    render(<Harness onChange={onChange} />)
    // WHEN the resident taps the 4th star, then the 2nd
    fireEvent.click(screen.getByTestId('star-4'))
    expect(screen.getByTestId('star-input').textContent).toContain('4 星 · 满意')
    fireEvent.click(screen.getByTestId('star-2'))
    // THEN the last tap wins, two stars filled, marked as checked
    expect(onChange.mock.calls).toEqual([[4], [2]])
    expect(screen.getByTestId('star-input').getAttribute('data-value')).toBe('2')
    expect(screen.getByTestId('star-2').getAttribute('aria-checked')).toBe('true')
    expect(screen.getByTestId('star-input').textContent).toContain('★★☆☆☆')
  })
})

describe('StarDisplay', () => {
  it('shows the stars given', () => {
    render(<StarDisplay stars={3} />)
    expect(screen.getByTestId('rating-stars').textContent).toBe('★★★☆☆ 3 星')
  })
})
