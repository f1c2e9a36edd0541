import { toCsv } from './csv'

describe('CSV export', () => {
  it('writes a BOM, a header and CRLF lines', () => {
    expect(toCsv(['姓名', '积分'], [['王建国', 12.5]])).toBe('\uFEFF姓名,积分\r\n王建国,12.5\r\n')
  })
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a'], [['x,y'], ['say "hi"'], ['two\nlines']])).toBe(
      '\uFEFFa\r\n"x,y"\r\n"say ""hi"""\r\ntwo\nlines\r\n'.replace('two\nlines', '"two\nlines"'),
    )
  })
  it('makes formulas inert and leaves empty cells for null', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['=1+1', null],
          ['-x', '@y'],
        ],
      ),
    ).toBe("\uFEFFa,b\r\n'=1+1,\r\n'-x,'@y\r\n")
  })
  it('leaves negative numbers as numbers', () => {
    expect(toCsv(['n'], [[-2]])).toBe('\uFEFFn\r\n-2\r\n')
  })
  it('leaves a formula sign inside a cell as it is', () => {
    expect(toCsv(['a'], [['a=b'], ['x-1']])).toBe('\uFEFFa\r\na=b\r\nx-1\r\n')
  })
})
