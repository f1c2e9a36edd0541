import {
  normalisePhone,
  normaliseRoom,
  planImport,
  roomKey,
  MAX_IMPORT_ROWS,
} from './household-import'

const buildings = [
  { id: 'bldg-01', name: '益民巷1号楼', gridId: 'grid-1' },
  { id: 'bldg-02', name: '金荣路3号楼', gridId: 'grid-2' },
]
const ctx = { buildings, existingRooms: new Set([roomKey('bldg-01', '1单元101')]) }
const HEADER = ['楼栋', '房号', '姓名', '手机']

describe('planning an import of households and residents', () => {
  it('plans one household per flat and one resident per row of a clean file', () => {
    // GIVEN two residents of one flat and one of another building
    const plan = planImport(
      [
        HEADER,
        ['益民巷1号楼', '2单元301', '王秀英', '138 0000 1234'],
        ['益民巷1号楼', '2单元 301', '李建国', ''],
        ['金荣路3号楼', '１单元２０２', '赵敏', '+8613900001111'],
      ],
      ctx,
    )
    // THEN no issue, two households, three residents with their phones cleaned
    expect(plan.issues).toEqual([])
    expect(plan.rows).toBe(3)
    expect(plan.households).toEqual([
      { buildingId: 'bldg-01', gridId: 'grid-1', room: '2单元301' },
      { buildingId: 'bldg-02', gridId: 'grid-2', room: '1单元202' },
    ])
    expect(plan.residents.map((r) => [r.name, r.phone, r.row])).toEqual([
      ['王秀英', '13800001234', 2],
      ['李建国', null, 3],
      ['赵敏', '13900001111', 4],
    ])
  })

  it('lists every bad row with its row number, column and a Chinese reason', () => {
    const plan = planImport(
      [
        HEADER,
        ['幸福里9号楼', '1单元101', '张三', ''], // unknown building
        ['益民巷1号楼', '', '李四', ''], // missing room
        ['益民巷1号楼', '2单元302', '', '13800001234'], // missing name
        ['益民巷1号楼', '2单元303', '王五', '12345'], // bad phone
        ['益民巷1号楼', '1单元101', '赵六', ''], // the flat exists already
        ['益民巷1号楼', '2单元304', '孙七', ''],
        ['益民巷1号楼', '2单元304', '孙七', ''], // the same person twice
        ['益民巷1号楼', '2单元305', '周八', '13800005678'],
        ['益民巷1号楼', '2单元306', '吴九', '138-0000-5678'], // someone else's phone
        ['益民巷1号楼', '房间', '郑十', ''], // a room without a number
      ],
      ctx,
    )
    expect(plan.issues).toEqual([
      { row: 2, column: '楼栋', reason: '本社区没有“幸福里9号楼”这个楼栋' },
      { row: 3, column: '房号', reason: '房号不能为空' },
      { row: 4, column: '姓名', reason: '姓名不能为空' },
      { row: 5, column: '手机', reason: '手机号格式不对（11 位手机号或带区号的座机）' },
      { row: 6, column: '房号', reason: '益民巷1号楼 1单元101 已有住户档案，不能重复导入' },
      { row: 8, column: '姓名', reason: '与第 7 行重复（同一房号同一姓名）' },
      { row: 10, column: '手机', reason: '与第 9 行（周八）手机号相同' },
      { row: 11, column: '房号', reason: '房号格式不对（例：2单元301）' },
    ])
  })

  it('reports several problems of one row, one per column', () => {
    const plan = planImport([HEADER, ['', '', '', 'abc']], ctx)
    expect(plan.issues.map((i) => i.column)).toEqual(['楼栋', '房号', '姓名', '手机'])
  })

  it('refuses a file whose header lacks a required column, naming it', () => {
    const plan = planImport(
      [
        ['楼栋', '姓名'],
        ['益民巷1号楼', '王秀英'],
      ],
      ctx,
    )
    expect(plan.issues).toEqual([
      { row: 1, column: '房号', reason: expect.stringContaining('缺少“房号”列') },
    ])
    expect(plan.households).toEqual([])
  })

  it('accepts header aliases, columns in any order, and skips blank rows', () => {
    const plan = planImport(
      [
        ['居民姓名', '联系电话', '楼院', '门牌'],
        ['', '', '', ''],
        ['王秀英', '', ' 益民巷1号楼 ', '3-101'],
      ],
      ctx,
    )
    expect(plan.issues).toEqual([])
    expect(plan.rows).toBe(1)
    expect(plan.residents[0]).toMatchObject({ name: '王秀英', room: '3-101', row: 3 })
  })

  it('refuses a file of more rows than one import takes', () => {
    const body = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [
      '益民巷1号楼',
      `${i}`,
      '某',
      '',
    ])
    const plan = planImport([HEADER, ...body], ctx)
    expect(plan.issues).toHaveLength(1)
    expect(plan.issues[0]?.reason).toContain('分批导入')
  })

  it('treats an empty file as a file without header', () => {
    expect(planImport([], ctx).issues).toHaveLength(3)
  })
})

describe('cleaning cells', () => {
  it.each([
    ['13800001234', '13800001234'],
    ['138 0000 1234', '13800001234'],
    ['１３８００００１２３４', '13800001234'],
    ['+86 138-0000-1234', '13800001234'],
    ['0350-1234567', '03501234567'],
    ['12800001234', null],
    ['1380000123', null],
    ['电话', null],
  ])('phone %s → %s', (raw, clean) => expect(normalisePhone(raw)).toBe(clean))

  it('writes rooms without spaces, in half-width capitals', () => {
    expect(normaliseRoom(' ２单元 ３０１ ')).toBe('2单元301')
    expect(normaliseRoom('a-301')).toBe('A-301')
  })
})
