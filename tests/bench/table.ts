// The bench's one table: each row a measured figure beside its reference from the same run.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Row {
  section: string
  name: string
  /** What was measured, as printed (e.g. "3.1 ms"). */
  figure: string
  /** Its reference from the same run (e.g. "no-op 2.4 ms"). */
  reference: string
  /** figure ÷ reference, when the goal is a ratio. */
  ratio?: number
  goal?: string
  /** undefined: no goal for this row. */
  met?: boolean
  /** Raw numbers for the JSON file. */
  values?: Record<string, number | string>
}

export const rows: Row[] = []
export const add = (row: Row): void => {
  rows.push(row)
  const ratio = row.ratio === undefined ? '' : ` ratio ${row.ratio.toFixed(2)}`
  const verdict = row.met === undefined ? '' : row.met ? ' ✓' : ' ✗'
  console.log(`  ${row.name}: ${row.figure} | ${row.reference}${ratio}${verdict}`)
}

const cell = (s: string) => s.replace(/\|/g, '\\|')

export function markdownTable(): string {
  const lines = [
    '| section | measure | figure | reference | ratio | goal | met |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const r of rows) {
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**'
    lines.push(
      `| ${cell(r.section)} | ${cell(r.name)} | ${cell(r.figure)} | ${cell(r.reference)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${cell(r.goal ?? '')} | ${met} |`,
    )
  }
  return lines.join('\n')
}

export function machine(): Record<string, string | number> {
  return {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
  }
}

/** Writes bench/latest.json (figures, machine, when) and bench/latest.md (the table). */
export function writeResults(root: string, extra: Record<string, unknown>): string {
  const dir = path.join(root, 'bench')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'latest.json')
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), machine: machine(), ...extra, rows }, null, 2) +
      '\n',
  )
  writeFileSync(path.join(dir, 'latest.md'), markdownTable() + '\n')
  return file
}
