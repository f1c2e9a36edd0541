// Masks personal data in free text for lists and public boards: phones, ID and card numbers, rooms.
// The building itself stays (it is shown on every board anyway); what people really type is matched:
// full-width digits, digits split by spaces, dots or dashes, "+86", bracketed area codes, "3栋301".
const MASK = '＊＊'

const D = '[0-9０-９]' // a digit, ASCII or full-width (a Chinese IME types both)
/** Any space a line shows as one: ASCII, tab, ideographic, no-break, thin... never a line break. */
const S = '[^\\S\\r\\n\\u2028\\u2029]'
const NOT_AFTER_DIGIT = `(?<!${D})`
const NOT_BEFORE_DIGIT = `(?!${D})`
/** Between two digit groups: spaces, or one dot / dash with spaces around it. Never a line break. */
const GAP = `${S}*(?:[-.．－—–·]${S}*)?`
/** Quantities after a number mean it is not a phone or a room: 350元, 2026年, 1200平. */
const NOT_A_QUANTITY = `(?!${S}*(?:元|块|万|年|月|日|米|平|个|次|天|人|盏|度|分|秒|小时))`
const ROOM_SUFFIX = '(?:室|号房|房间|户)'

const digitsWithGaps = (count: string): string => `${D}(?:${GAP}${D})${count}`
const pattern = (source: string): RegExp => new RegExp(source, 'g')

// Order matters: longer numbers (ID cards) before the shorter ones (phones) they contain, and phones
// before rooms, so that a room rule never eats a phone's last digits.
const PATTERNS: readonly RegExp[] = [
  // 身份证号 (18 digits or 17 + X, maybe in groups), old 15-digit IDs, bank cards (16–19 digits)
  pattern(`${NOT_AFTER_DIGIT}${digitsWithGaps('{14,18}')}(?:${GAP}[XxＸｘ])?${NOT_BEFORE_DIGIT}`),
  // 手机号: 139 1234 5678, +86 139-1234-5678, (+86)13912345678, １３９１２３４５６７８
  pattern(
    `${NOT_AFTER_DIGIT}(?:[(（]?(?:\\+|＋|00)?86[)）]?${GAP})?[1１]${GAP}[3-9３-９]${GAP}${digitsWithGaps('{8}')}${NOT_BEFORE_DIGIT}`,
  ),
  // 座机 with area code: 0350-5123456, （0350）5123456, 010 8765 4321
  pattern(
    `${NOT_AFTER_DIGIT}(?:[(（]${S}*[0０]${D}{2,3}${S}*[)）]|[0０]${D}{2,3})${GAP}[2-9２-９]${D}{2,3}${GAP}${D}{4}${NOT_BEFORE_DIGIT}`,
  ),
  // 座机 without area code: 5123456, 512-3456, 8765 4321 (not 2026-11-26: one gap at most)
  pattern(
    `${NOT_AFTER_DIGIT}[2-9２-９]${D}{2,3}(?:[-－ \\u3000]?)${D}{4}${NOT_BEFORE_DIGIT}${NOT_A_QUANTITY}`,
  ),
  // 2单元401室, 2单元4楼401, 3单元502
  pattern(
    `${D}{1,2}${S}*单元${S}*(?:${D}{1,2}${S}*[楼层]${S}*)?${D}{2,4}(?:${S}*(?:${ROOM_SUFFIX}|号))?${NOT_BEFORE_DIGIT}`,
  ),
  // 3-2-502 (building-unit-room)
  pattern(`${NOT_AFTER_DIGIT}${D}{1,3}[-－]${D}{1,2}[-－]${D}{2,4}${NOT_BEFORE_DIGIT}`),
  // The room after a building or floor: 3栋301, 5号楼502, 3楼301, 12层1201 (the building stays)
  pattern(
    `(?<=(?:栋|幢|座|楼|层)${S}*)${D}{3,4}(?:${S}*(?:${ROOM_SUFFIX}|号))?${NOT_BEFORE_DIGIT}${NOT_A_QUANTITY}`,
  ),
  // A room with its suffix: 301室, 502户, 1201房间
  pattern(`${NOT_AFTER_DIGIT}${D}{3,4}${S}*${ROOM_SUFFIX}`),
  // Last, any run of 7+ digits the rules above let through: a phone glued to a room ("3单元301
  // 13912345678" typed without the space) is still a phone (found by the fuzzer).
  pattern(`${D}{7,}`),
]

export const maskPersonalText = (text: string): string =>
  PATTERNS.reduce((masked, p) => masked.replace(p, MASK), text)

export const EXCERPT_LENGTH = 60

/** A list line: masked, whitespace folded, cut to a length a phone shows in two lines. */
export const excerptOf = (text: string): string => {
  // Fold first: a room or phone split by a line break must not turn into one after folding.
  const folded = maskPersonalText(text.replace(/\s+/g, ' ')).trim()
  // Cut by code points: a cut between an emoji's two UTF-16 halves would show as a broken character.
  const chars = Array.from(folded)
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : folded
}
