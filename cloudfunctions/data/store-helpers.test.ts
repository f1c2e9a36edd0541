import { readAheadOf } from './store-helpers'

describe('readAheadOf', () => {
  const counting = () => {
    const reads: string[] = []
    let version = 0
    const ahead = readAheadOf(async (id: string) => {
      reads.push(id)
      version += 1
      return `${id}@${version}`
    })
    return { ahead, reads }
  }

  it('answers the first read of that id with the read started early, later ones afresh', async () => {
    const { ahead, reads } = counting()
    ahead.start('r1')
    expect(reads).toEqual(['r1'])
    await expect(ahead.read('r1')).resolves.toBe('r1@1')
    expect(reads).toEqual(['r1'])
    // A retry after a lost race must see the newer version.
    await expect(ahead.read('r1')).resolves.toBe('r1@2')
    expect(reads).toEqual(['r1', 'r1'])
  })

  it('reads another id afresh and keeps the early read for its own id', async () => {
    const { ahead, reads } = counting()
    ahead.start('r1')
    await expect(ahead.read('r2')).resolves.toBe('r2@2')
    await expect(ahead.read('r1')).resolves.toBe('r1@1')
    expect(reads).toEqual(['r1', 'r2'])
  })

  it('reports a failed early read to the one who reads it, and to nobody if no one does', async () => {
    const unhandled = jest.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const failing = readAheadOf(async (id: string): Promise<string> => {
        throw new Error(`down: ${id}`)
      })
      failing.start('r1')
      await expect(failing.read('r1')).rejects.toThrow('down: r1')
      failing.start('r2') // never read: the call was refused first
      await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})
