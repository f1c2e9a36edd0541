// Masks personal data in free text for lists and public boards: phones, ID numbers, rooms.
// The building itself stays: it is shown on every board anyway.
const MASK = '＊＊'

// Order matters: longer patterns (ID numbers) before shorter ones (phones) they contain.
const PATTERNS: readonly RegExp[] = [
  /\d{17}[\dXx]/g, // 身份证号
  /(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}/g, // 手机号
  /0\d{2,3}-?\d{7,8}/g, // 座机
  /\d{1,3}\s*单元\s*\d{1,2}?\s*\d{2,4}\s*(?:室|号|户)?/g, // 2单元301室
  /\d{1,3}-\d{1,2}-\d{2,4}/g, // 3-2-502
  /\d{3,4}\s*(?:室|号房|户)/g, // 502室
]

export const maskPersonalText = (text: string): string =>
  PATTERNS.reduce((masked, pattern) => masked.replace(pattern, MASK), text)

export const EXCERPT_LENGTH = 60

/** A list line: masked, whitespace folded, cut to a length a phone shows in two lines. */
export const excerptOf = (text: string): string => {
  const folded = maskPersonalText(text).replace(/\s+/g, ' ').trim()
  return folded.length > EXCERPT_LENGTH ? `${folded.slice(0, EXCERPT_LENGTH)}…` : folded
}
