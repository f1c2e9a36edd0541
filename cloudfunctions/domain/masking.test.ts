import { EXCERPT_LENGTH, excerptOf, maskPersonalText } from './masking'

describe('maskPersonalText', () => {
  it.each([
    ['请联系我 13912345678 谢谢', '请联系我 ＊＊ 谢谢'],
    ['电话 139-1234-5678', '电话 ＊＊'],
    ['座机 0350-5123456', '座机 ＊＊'],
    ['我住2单元301室，灯坏了', '我住＊＊，灯坏了'],
    ['3号楼2单元502门口漏水', '3号楼＊＊门口漏水'],
    ['3-2-502 的楼道灯不亮', '＊＊ 的楼道灯不亮'],
    ['502室楼上漏水', '＊＊楼上漏水'],
    ['身份证140981199001011234', '身份证＊＊'],
  ])('masks %s', (input, expected) => {
    expect(maskPersonalText(input)).toBe(expected)
  })

  it('leaves text without personal data as it is', () => {
    const text = '益民巷3号楼楼道灯坏了，晚上很黑'
    expect(maskPersonalText(text)).toBe(text)
  })
})

describe('excerptOf', () => {
  it('folds whitespace, masks and cuts long text', () => {
    // GIVEN a long description with a phone number and line breaks
    const text = `楼道灯坏了\n\n请打 13912345678。${'很黑'.repeat(50)}`
    // WHEN the list excerpt is made
    const excerpt = excerptOf(text)
    // THEN it has no phone, no line breaks, and is cut with an ellipsis
    expect(excerpt).not.toMatch(/1391234/)
    expect(excerpt).not.toMatch(/\n/)
    expect(excerpt.length).toBe(EXCERPT_LENGTH + 1)
    expect(excerpt.endsWith('…')).toBe(true)
  })
})
