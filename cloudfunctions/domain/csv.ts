// CSV for exports staff open in Excel: RFC 4180 quoting, a BOM so Excel reads UTF-8 Chinese, and
// cells that would start a formula (= + - @) made inert, since exported text comes from residents.
const FORMULA_START = /^[=+\-@\t\r]/

const cell = (value: string | number | null): string => {
  // Stryker disable next-line ConditionalExpression: without it null falls through and is returned as is, and join(',') writes null as an empty cell too
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const inert = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert
}

export const toCsv = (header: readonly string[], rows: readonly (string | number | null)[][]) =>
  `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
