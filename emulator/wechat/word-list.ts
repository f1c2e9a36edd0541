// The emulator's stand-in for WeChat's content model: a short word list with msgSecCheck's verdicts
// and labels (20001 politics, 20002 porn, 20006 illegal, 21000 other, 100 normal).
export interface WordRule {
  word: string
  suggest: 'risky' | 'review'
  label: number
}

export const WORD_LIST: readonly WordRule[] = [
  { word: '赌博', suggest: 'risky', label: 20006 },
  { word: '毒品', suggest: 'risky', label: 20006 },
  { word: '色情', suggest: 'risky', label: 20002 },
  { word: '代开发票', suggest: 'risky', label: 20006 },
  // Adverts and contact hand-offs: a person should look at them before they go out.
  { word: '加微信', suggest: 'review', label: 21000 },
  { word: '代购', suggest: 'review', label: 21000 },
  { word: '返利', suggest: 'review', label: 21000 },
]

export interface CheckResult {
  suggest: 'pass' | 'review' | 'risky'
  label: number
  keyword: string | null
}

/** The worst verdict any listed word gives; risky outranks review. */
export function checkText(text: string, rules: readonly WordRule[] = WORD_LIST): CheckResult {
  let found: WordRule | null = null
  for (const rule of rules) {
    if (!text.includes(rule.word)) continue
    if (!found || (rule.suggest === 'risky' && found.suggest === 'review')) found = rule
  }
  return found
    ? { suggest: found.suggest, label: found.label, keyword: found.word }
    : { suggest: 'pass', label: 100, keyword: null }
}
