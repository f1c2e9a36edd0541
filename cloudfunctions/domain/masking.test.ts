import { EXCERPT_LENGTH, excerptOf, maskPersonalText } from './masking'

describe('maskPersonalText: what people really type', () => {
  it.each([
    // 手机号
    ['请联系我 13912345678 谢谢', '请联系我 ＊＊ 谢谢'],
    ['电话139-1234-5678', '电话＊＊'],
    ['电话 139 1234 5678', '电话 ＊＊'],
    ['电话139.1234.5678', '电话＊＊'],
    ['手机１３９ １２３４ ５６７８，晚上打', '手机＊＊，晚上打'],
    ['手机１３９１２３４５６７８', '手机＊＊'],
    ['+86 139-1234-5678 王阿姨', '＊＊ 王阿姨'],
    ['（+86）13912345678', '＊＊'],
    ['联系8613912345678', '联系＊＊'],
    ['打1391234 5678找我', '打＊＊找我'],
    ['号码是 139 - 1234 - 5678。', '号码是 ＊＊。'],
    // 座机
    ['座机 0350-5123456', '座机 ＊＊'],
    ['座机（0350）5123456', '座机＊＊'],
    ['(0350) 512 3456', '＊＊'],
    ['010-87654321转家里', '＊＊转家里'],
    ['家里电话5123456', '家里电话＊＊'],
    // 身份证号 and card numbers
    ['身份证140981199001011234', '身份证＊＊'],
    ['身份证号 14098119900101123X', '身份证号 ＊＊'],
    ['身份证 140981 1990 0101 123x 办低保', '身份证 ＊＊ 办低保'],
    ['身份证１４０９８１１９９００１０１１２３Ｘ', '身份证＊＊'],
    ['卡号 6222 0212 3456 7890', '卡号 ＊＊'],
    // spaces that look like spaces: no-break (pasted), thin, ideographic
    ['电话139\u00a01234\u00a05678', '电话＊＊'],
    ['住3单元\u2009302室', '住＊＊'],
    // a room glued to a phone: neither rule sees its own edge, the digit run still goes
    ['3单元30113912345678', '3单元＊＊'],
    ['1单元101１３８０００００００１不', '1单元＊＊不'],
    // rooms: the room goes, the building stays
    ['我住2单元301室，灯坏了', '我住＊＊，灯坏了'],
    ['3号楼2单元502门口漏水', '3号楼＊＊门口漏水'],
    ['2单元401室暖气不热', '＊＊暖气不热'],
    ['2单元4楼401', '＊＊'],
    ['3-2-502 的楼道灯不亮', '＊＊ 的楼道灯不亮'],
    ['502室楼上漏水', '＊＊楼上漏水'],
    ['3栋301家里没人', '3栋＊＊家里没人'],
    ['益民巷5号楼502', '益民巷5号楼＊＊'],
    ['5号楼 1201房间', '5号楼 ＊＊'],
    ['3楼301的老人', '3楼＊＊的老人'],
    ['住12层1201', '住12层＊＊'],
    ['楼下301户养狗', '楼下＊＊养狗'],
  ])('masks %s', (input, expected) => {
    expect(maskPersonalText(input)).toBe(expected)
  })

  it.each([
    '益民巷3号楼楼道灯坏了，晚上很黑',
    '益民巷3号楼',
    '3号楼楼道灯',
    '3号楼2单元楼道灯不亮',
    '2026年11月26日下午',
    '2026-11-26 14:30 停水',
    '2026.11.26',
    '14:30到18:00停电',
    '修理花了350元',
    '物业费1200元一年',
    '益民巷需要28盏路灯',
    '住在5楼，电梯坏了',
    '拨打12345反映过',
    '供暖只有16度',
    '1.5米宽的路',
    '3号楼2002年建的',
    '办公楼1200平',
  ])('leaves %s as it is', (text) => {
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

  it('never cuts an emoji in half', () => {
    const excerpt = excerptOf(`${'灯'.repeat(EXCERPT_LENGTH - 1)}😀😀`)
    expect(excerpt).toBe(`${'灯'.repeat(EXCERPT_LENGTH - 1)}😀…`)
  })

  it('masks a room or phone that only folding puts on one line (found by the fuzzer)', () => {
    expect(excerptOf('住3单元\n3011')).toBe('住＊＊')
    expect(excerptOf('电话139\n1234\r\n5678')).toBe('电话＊＊')
  })
})

describe('masking: every occurrence, and the excerpt exactly', () => {
  it('masks each phone in a text, not only the first', () => {
    expect(maskPersonalText('白天13912345678，晚上13887654321')).toBe('白天＊＊，晚上＊＊')
    // Three: more than one rule per occurrence could catch by chance.
    expect(maskPersonalText('甲13912345678乙13887654321丙13711112222丁')).toBe(
      '甲＊＊乙＊＊丙＊＊丁',
    )
    expect(maskPersonalText('2单元301室和3单元402室和4单元503室')).toBe('＊＊和＊＊和＊＊')
  })

  it('folds each run of whitespace to one space and trims the ends', () => {
    expect(excerptOf('  楼道灯\n\n  坏了\t请修  ')).toBe('楼道灯 坏了 请修')
  })

  it('keeps a text of exactly the excerpt length whole, and cuts one longer', () => {
    expect(EXCERPT_LENGTH).toBe(60)
    const exact = '灯'.repeat(60)
    expect(excerptOf(exact)).toBe(exact)
    expect(excerptOf(`${exact}坏`)).toBe(`${exact}…`)
  })
})
