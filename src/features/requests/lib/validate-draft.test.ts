// The report draft checked with the contract's schema, plus the building the schema leaves optional.
import { emptyDraft } from './report-draft'
import type { ReportDraft } from './report-draft'
import { validateDraft } from './validate-draft'

const makeDraft = (overrides: Partial<ReportDraft> = {}): ReportDraft => ({
  ...emptyDraft(),
  category: 'repair',
  description: '楼道灯坏了三天了',
  ...overrides,
})

describe('validateDraft', () => {
  it('accepts a complete draft and trims the description as the function will', () => {
    // GIVEN a complete draft with padding around the text
    const draft = makeDraft({ description: '  楼道灯坏了三天了  ' })

    // WHEN it is checked with the caller's building as default
    const result = validateDraft(draft, 'building-3')

    // THEN it is the input the function expects
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({ description: '楼道灯坏了三天了', buildingId: 'building-3' }),
    })
  })

  it('reports every field the schema rejects, in Chinese', () => {
    // GIVEN an empty draft
    const draft = makeDraft({ category: null, description: '灯' })

    // WHEN it is checked
    const result = validateDraft(draft, 'building-3')

    // THEN each field carries the schema's message
    expect(result).toEqual({
      ok: false,
      errors: { category: '请选择问题类别', description: '请至少写 5 个字，说清楚问题' },
    })
  })

  it('asks for a building when the caller has no household and chose none', () => {
    // GIVEN a newcomer's draft without a building
    const draft = makeDraft({ buildingId: null })

    // WHEN it is checked without a default building
    const result = validateDraft(draft, null)

    // THEN the building is asked for
    expect(result).toEqual({ ok: false, errors: { buildingId: '请选择问题所在的楼院' } })
  })
})
