// 住户导入 (issue 11 §4): checks a spreadsheet of residents row by row and plans the households and
// residents it would write. Every bad row is reported (row number, column, reason in Chinese); the
// plan is only written when there are none. No I/O: the buildings and existing rooms are passed in.

/** One row per resident; residents of one flat share 楼栋 + 房号. 手机 is optional. */
export const IMPORT_COLUMNS = {
  building: ['楼栋', '楼院', '楼号'],
  room: ['房号', '门牌', '单元房号'],
  name: ['姓名', '居民姓名'],
  phone: ['手机', '手机号', '电话', '联系电话'],
} as const
export type ImportColumn = keyof typeof IMPORT_COLUMNS
const REQUIRED: readonly ImportColumn[] = ['building', 'room', 'name']
/** A community has 2,340 households and 8,260 residents: one file holds a good part of it. */
export const MAX_IMPORT_ROWS = 5000

export interface ImportIssue {
  /** The spreadsheet's row number: the header is row 1. */
  row: number
  /** The column's header as the file spells it ('' when the problem is not one cell's). */
  column: string
  reason: string
}

export interface BuildingRef {
  id: string
  name: string
  gridId: string
}

export interface PlannedHousehold {
  buildingId: string
  gridId: string
  room: string
}
export interface PlannedResident {
  buildingId: string
  room: string
  name: string
  phone: string | null
  row: number
}

export interface ImportPlan {
  issues: ImportIssue[]
  rows: number
  households: PlannedHousehold[]
  residents: PlannedResident[]
}

/** Full-width letters and digits (１２３, Ａ) typed from a Chinese keyboard count as half-width. */
const halfWidth = (s: string): string => s.normalize('NFKC')
const squeeze = (s: string): string => halfWidth(s).replace(/\s+/g, '')

/** `2单元 301`, `２单元３０１` → `2单元301`. */
export const normaliseRoom = (raw: string): string => squeeze(raw).toUpperCase()
const ROOM = /^[0-9A-Z\u4e00-\u9fa5-]{1,20}$/
const roomProblem = (room: string): string | null => {
  if (room === '') return '房号不能为空'
  if (!ROOM.test(room) || !/[0-9]/.test(room)) return '房号格式不对（例：2单元301）'
  return null
}

/** A mainland mobile (1 + 10 digits) or a landline with its area code; +86, spaces and dashes go. */
export const normalisePhone = (raw: string): string | null => {
  const digits = squeeze(raw)
    .replace(/[-()（）]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '')
  if (/^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits)) return digits
  return null
}

const nameProblem = (name: string): string | null => {
  if (name === '') return '姓名不能为空'
  if (name.length > 20) return '姓名过长（最多 20 字）'
  if (/[0-9@#$%^&*<>]/.test(name)) return '姓名含有数字或符号'
  return null
}

/** Which column holds what, from the header row: first matching header wins. */
const columnsOf = (header: readonly string[]): Partial<Record<ImportColumn, number>> => {
  const names = header.map(squeeze)
  const found: Partial<Record<ImportColumn, number>> = {}
  for (const key of Object.keys(IMPORT_COLUMNS) as ImportColumn[]) {
    const i = names.findIndex((h) => (IMPORT_COLUMNS[key] as readonly string[]).includes(h))
    if (i >= 0) found[key] = i
  }
  return found
}

export interface ImportContext {
  /** The community's buildings, matched by name (spaces and width ignored). */
  buildings: readonly BuildingRef[]
  /** `buildingId/room` of households that exist already (not written by this same file). */
  existingRooms: ReadonlySet<string>
}

export const roomKey = (buildingId: string, room: string): string => `${buildingId}/${room}`

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '')

/** Checks every row and plans the writes; `issues` empty means the file may be imported. */
export const planImport = (
  table: readonly (readonly string[])[],
  ctx: ImportContext,
): ImportPlan => {
  const [header = [], ...body] = table
  const cols = columnsOf(header)
  const missing = REQUIRED.filter((c) => cols[c] === undefined)
  if (missing.length > 0) {
    const issues = missing.map((c) => ({
      row: 1,
      column: IMPORT_COLUMNS[c][0],
      reason: `缺少“${IMPORT_COLUMNS[c][0]}”列（表头需含：楼栋、房号、姓名，手机可选）`,
    }))
    return { issues, rows: 0, households: [], residents: [] }
  }
  const dataRows = body.filter((r) => !blank(r)).length
  if (dataRows > MAX_IMPORT_ROWS) {
    const reason = `一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件有 ${dataRows} 行，请分批导入`
    return {
      issues: [{ row: 1, column: '', reason }],
      rows: dataRows,
      households: [],
      residents: [],
    }
  }
  const byName = new Map(ctx.buildings.map((b) => [squeeze(b.name), b]))
  const title = (c: ImportColumn) => header[cols[c] ?? -1] ?? IMPORT_COLUMNS[c][0]
  const cell = (r: readonly string[], c: ImportColumn) =>
    cols[c] === undefined ? '' : (r[cols[c]] ?? '').trim()
  const issues: ImportIssue[] = []
  const households = new Map<string, PlannedHousehold>()
  const residents: PlannedResident[] = []
  const seenPerson = new Map<string, number>()
  const seenPhone = new Map<string, { row: number; name: string }>()
  body.forEach((cells, i) => {
    const row = i + 2
    if (blank(cells)) return
    const before = issues.length
    const report = (c: ImportColumn, reason: string) =>
      issues.push({ row, column: title(c), reason })
    const buildingName = cell(cells, 'building')
    const building = byName.get(squeeze(buildingName))
    if (buildingName === '') report('building', '楼栋不能为空')
    else if (!building) report('building', `本社区没有“${buildingName}”这个楼栋`)
    const room = normaliseRoom(cell(cells, 'room'))
    const badRoom = roomProblem(room)
    if (badRoom) report('room', badRoom)
    const name = squeeze(cell(cells, 'name'))
    const badName = nameProblem(name)
    if (badName) report('name', badName)
    const rawPhone = cell(cells, 'phone')
    const phone = rawPhone === '' ? null : normalisePhone(rawPhone)
    if (rawPhone !== '' && phone === null)
      report('phone', '手机号格式不对（11 位手机号或带区号的座机）')
    if (issues.length > before || !building) return
    const key = roomKey(building.id, room)
    if (ctx.existingRooms.has(key)) {
      report('room', `${building.name} ${room} 已有住户档案，不能重复导入`)
      return
    }
    const personKey = `${key}/${name}`
    const twin = seenPerson.get(personKey)
    if (twin !== undefined) {
      report('name', `与第 ${twin} 行重复（同一房号同一姓名）`)
      return
    }
    const samePhone = phone === null ? undefined : seenPhone.get(phone)
    if (samePhone && samePhone.name !== name) {
      report('phone', `与第 ${samePhone.row} 行（${samePhone.name}）手机号相同`)
      return
    }
    seenPerson.set(personKey, row)
    if (phone !== null) seenPhone.set(phone, { row, name })
    if (!households.has(key))
      households.set(key, { buildingId: building.id, gridId: building.gridId, room })
    residents.push({ buildingId: building.id, room, name, phone, row })
  })
  return { issues, rows: dataRows, households: [...households.values()], residents }
}
