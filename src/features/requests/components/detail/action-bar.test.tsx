// The action buttons: exactly the server's `actions`, in its order, each opening its own form.
import { fireEvent, render, screen } from '@testing-library/react'
import type { RequestAction } from '@linli/types'
import { ActionBar } from './action-bar'

const shown = () =>
  screen.queryAllByTestId(/^action-(?!bar)/).map((b) => b.getAttribute('data-testid'))

describe('ActionBar', () => {
  it.each<[string, RequestAction[]]>([
    ['a resident before anyone claimed', ['cancel']],
    ['a member on an open request', ['claim']],
    ['a grid leader', ['assign', 'transfer', 'reject']],
    ['a handler at work', ['progress', 'resolve']],
    ['the reporter of a resolved request', ['confirm', 'reopen']],
  ])('shows exactly the actions of %s', (_who, actions) => {
    // GIVEN the actions the server allowed
    // WHEN the bar renders
    render(<ActionBar actions={actions} onChoose={() => undefined} />)
    // THEN those buttons, in that order, and no other
    expect(shown()).toEqual(actions.map((a) => `action-${a}`))
  })

  it('shows nothing when the caller may do nothing', () => {
    render(<ActionBar actions={[]} onChoose={() => undefined} />)
    expect(screen.queryByTestId('action-bar')).toBeNull()
  })

  it('tells which action was tapped', () => {
    // GIVEN a resolved request's reporter
    const onChoose = jest.fn()
    render(<ActionBar actions={['confirm', 'reopen']} onChoose={onChoose} />)
    // WHEN they tap 还没解决
    fireEvent.click(screen.getByTestId('action-reopen'))
    // THEN reopen is chosen, with its Chinese label on the button
    expect(onChoose).toHaveBeenCalledWith('reopen')
    expect(screen.getByTestId('action-reopen').textContent).toBe('还没解决')
  })
})
