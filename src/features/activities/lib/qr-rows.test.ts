import { qrRows } from './qr-rows'

describe('qrRows', () => {
  it('gives square rows whose runs add up to the size, alternating dark and light', () => {
    const { size, rows } = qrRows('linli:check-in:act-0123456789abcdef01234567:29412345:012345')
    expect(rows).toHaveLength(size)
    for (const row of rows) {
      expect(row.reduce((n, r) => n + r.length, 0)).toBe(size)
      row.slice(1).forEach((run, i) => expect(run.dark).not.toBe(row[i]?.dark))
    }
    // The quiet border is light; the finder pattern's corner starts two modules in.
    expect(rows[0]).toEqual([{ dark: false, length: size }])
    expect(rows[2]?.[0]).toEqual({ dark: false, length: 2 })
    expect(rows[2]?.[1]).toEqual({ dark: true, length: 7 })
  })

  it('changes with the text (a new code every minute is a new picture)', () => {
    expect(qrRows('linli:check-in:a:1:111111').rows).not.toEqual(
      qrRows('linli:check-in:a:2:111112').rows,
    )
  })
})
