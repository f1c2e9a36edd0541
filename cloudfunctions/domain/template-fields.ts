// WeChat subscribe-message fields cut to their documented limits, so a send never fails with 47003
// for a long title. The type is the key without its number: thing1 → thing.
/** Characters allowed per field type (subscribeMessage.send: thing ≤ 20, phrase ≤ 5, …). */
export const FIELD_LIMITS: Readonly<Record<string, number>> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
  time: 32,
  date: 32,
  amount: 32,
}

export const fieldTypeOf = (key: string): string => key.replace(/\d+$/, '')

/** WeChat refuses an empty value: a dash stands for "nothing to say". */
const EMPTY = '-'

/** Cuts by characters (code points), not UTF-16 units: 你 and 😀 count as one each. */
export const fitField = (key: string, value: string): string => {
  const chars = [...value.replace(/\s+/g, ' ').trim()]
  if (chars.length === 0) return EMPTY
  const limit = FIELD_LIMITS[fieldTypeOf(key)]
  if (limit === undefined || chars.length <= limit) return chars.join('')
  // Phrases are single words (已受理); an ellipsis would not fit their rule, so cut clean.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: no field type in FIELD_LIMITS allows fewer than 5 characters, so `limit < 4` is never true
  if (fieldTypeOf(key) === 'phrase' || limit < 4) return chars.slice(0, limit).join('')
  return `${chars.slice(0, limit - 1).join('')}…`
}

export type TemplateData = Record<string, { value: string }>

export const templateData = (fields: Readonly<Record<string, string>>): TemplateData =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: fitField(k, v) }]))
