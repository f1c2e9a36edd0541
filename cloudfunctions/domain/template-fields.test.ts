import { fieldTypeOf, fitField, templateData } from './template-fields'

describe('template fields', () => {
  it('reads the type from the key', () => {
    expect(fieldTypeOf('thing12')).toBe('thing')
    expect(fieldTypeOf('character_string3')).toBe('character_string')
    expect(fieldTypeOf('phrase')).toBe('phrase')
  })

  it('cuts a thing to 20 characters, the last one an ellipsis', () => {
    const title = '关于本周六上午九点在社区广场举行消防安全演练的通知'
    const cut = fitField('thing1', title)
    expect([...cut]).toHaveLength(20)
    expect(cut).toBe('关于本周六上午九点在社区广场举行消防安…')
  })

  it('leaves a value within its limit as it is', () => {
    expect(fitField('thing1', '停水通知')).toBe('停水通知')
    expect(fitField('thing1', '一二三四五六七八九十一二三四五六七八九十')).toBe(
      '一二三四五六七八九十一二三四五六七八九十',
    )
  })

  it('cuts a phrase to 5 characters without an ellipsis', () => {
    expect(fitField('phrase2', '已经办理完毕了')).toBe('已经办理完')
  })

  it('counts characters, not UTF-16 units, and never sends an empty value', () => {
    expect(fitField('symbol1', '😀😀😀😀😀😀')).toBe('😀😀😀😀…')
    expect(fitField('thing1', '   ')).toBe('-')
    expect(fitField('name3', '欧阳 娜娜 某某 某某某某')).toBe('欧阳 娜娜 某某 …')
  })

  it('builds the data object WeChat expects', () => {
    expect(templateData({ thing1: '通知', time2: '2026-11-26 10:00' })).toEqual({
      thing1: { value: '通知' },
      time2: { value: '2026-11-26 10:00' },
    })
  })

  it('strips only the trailing number from the key', () => {
    expect(fieldTypeOf('1thing2')).toBe('1thing')
  })

  it('collapses each run of whitespace to one space', () => {
    expect(fitField('thing1', 'a  \n b')).toBe('a b')
  })

  it('passes a field of an unknown type through uncut', () => {
    expect(
      fitField('remark1', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三'),
    ).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三')
  })
})
