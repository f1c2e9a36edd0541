import { pledgeOverdue, statusAfter, whyNotChangePledge } from './pledge-rules'

const open = { status: 'open' as const, memberId: 'm1', dueDate: '2026-05-01' }
const owner = { personId: 'm1', staff: false }
const staff = { personId: 's1', staff: true }

describe('pledges', () => {
  it('are overdue only when open after the due date', () => {
    expect(pledgeOverdue(open, '2026-05-01')).toBe(false)
    expect(pledgeOverdue(open, '2026-05-02')).toBe(true)
    expect(pledgeOverdue({ ...open, status: 'fulfilled' }, '2026-06-01')).toBe(false)
  })
  it('take progress and fulfilment from their member only', () => {
    expect(whyNotChangePledge('progress', open, owner)).toBeNull()
    expect(whyNotChangePledge('fulfilled', open, owner)).toBeNull()
    expect(whyNotChangePledge('fulfilled', open, { personId: 'm2', staff: false })).toBe('notOwner')
    expect(whyNotChangePledge('progress', open, staff)).toBe('notOwner')
  })
  it('are marked not fulfilled by staff only', () => {
    expect(whyNotChangePledge('notFulfilled', open, staff)).toBeNull()
    expect(whyNotChangePledge('notFulfilled', open, owner)).toBe('notStaff')
  })
  it('take no change once settled', () => {
    const kept = { ...open, status: 'fulfilled' as const }
    expect(whyNotChangePledge('progress', kept, owner)).toBe('settled')
    expect(whyNotChangePledge('notFulfilled', kept, staff)).toBe('settled')
    expect(whyNotChangePledge('fulfilled', { ...open, status: 'notFulfilled' }, owner)).toBe(
      'settled',
    )
  })
  it('move to the status the change names', () => {
    expect(statusAfter('progress')).toBe('open')
    expect(statusAfter('fulfilled')).toBe('fulfilled')
    expect(statusAfter('notFulfilled')).toBe('notFulfilled')
  })
})
