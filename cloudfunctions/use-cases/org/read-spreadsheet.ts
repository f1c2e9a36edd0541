// Turns an uploaded CSV (text) or XLSX (base64) into rows of cell texts, the first sheet only.
// The parsers are loaded by the import that needs one, not with the function: every other `org`
// call (org.me on each launch) starts without them.
import { AppError } from '../../shared/app-error'

const unreadable = (why: string) => new AppError('ORG.FILE_UNREADABLE', why)

/** Excel writes a UTF-8 CSV with a byte-order mark; the first header would carry it. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

const readCsv = async (text: string): Promise<string[][]> => {
  const { default: Papa } = await import('papaparse')
  const parsed = Papa.parse<string[]>(withoutBom(text), { skipEmptyLines: false })
  const broken = parsed.errors.find((e) => e.type === 'Quotes')
  if (broken) throw unreadable(`CSV row ${broken.row ?? '?'}: ${broken.message}`)
  return parsed.data
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}

const readXlsx = async (base64: string): Promise<string[][]> => {
  const bytes = Buffer.from(base64, 'base64')
  // A zip (every .xlsx) opens with "PK".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw unreadable('not an xlsx file')
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const { readSheet } = await import('read-excel-file/universal')
  try {
    const rows = await readSheet(buffer as ArrayBuffer)
    return rows.map((row) => row.map(cellText))
  } catch (error) {
    throw unreadable(`xlsx: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export const readSpreadsheet = (format: 'csv' | 'xlsx', content: string): Promise<string[][]> =>
  format === 'csv' ? readCsv(content) : readXlsx(content)
