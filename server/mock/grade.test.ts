import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateResponseSchema } from '../../src/contract/evaluate'
import { grade, isGraderInstructions, rubricTerms } from './model/grade'
import { QA_GRADER_INSTRUCTIONS, SEED_ASSISTANTS } from './seed/assistants'
import { makeTestApi, type TestApi } from './test-helpers'

describe('rubric terms', () => {
  it('reads quoted phrases, forbidden after a negation, inherited across "and"/"or"', () => {
    expect(
      rubricTerms('Mentions "Change subscription" and "updated", but not "failed" or “skipped”. Says "thanks".'),
    ).toEqual([
      { phrase: 'Change subscription', forbidden: false },
      { phrase: 'updated', forbidden: false },
      { phrase: 'failed', forbidden: true },
      { phrase: 'skipped', forbidden: true },
      // A new sentence starts afresh: the negation before does not carry over.
      { phrase: 'thanks', forbidden: false },
    ])
  })

  it('a phrase after a required one with words between is judged on those words', () => {
    expect(rubricTerms('Says "hello" and never says "goodbye"')).toEqual([
      { phrase: 'hello', forbidden: false },
      { phrase: 'goodbye', forbidden: true },
    ])
  })
})

describe('grade', () => {
  it('passes when every required phrase is there and no forbidden one (case-insensitive)', () => {
    expect(grade({ output: 'Categorized under CHANGE subscription.', rubric: 'Names "change subscription".' })).toEqual(
      { pass: true, reason: 'The output contains "change subscription", as the rubric requires.' },
    )
  })

  it('fails naming what is missing and what is ruled out', () => {
    const result = grade({ output: 'The update failed.', rubric: 'Says "updated" and does not say "failed".' })
    expect(result.pass).toBe(false)
    expect(result.reason).toBe(
      'The output does not meet the rubric: it lacks "updated"; it contains "failed", which the rubric rules out.',
    )
  })

  it('without quoted phrases, needs half of the rubric keywords', () => {
    expect(grade({ output: 'Your parcel arrives tomorrow.', rubric: 'Tells when the parcel arrives' }).pass).toBe(true)
    const weak = grade({ output: 'Hello there.', rubric: 'Explains the invoice refund policy' })
    expect(weak.pass).toBe(false)
    expect(weak.reason).toContain('0 of 4 rubric keywords')
  })

  it('fails when the input lacks the output or the rubric; reads a JSON output as its text', () => {
    expect(grade({ rubric: 'x' })).toMatchObject({ pass: false, reason: expect.stringContaining('"output"') })
    expect(grade({ output: 'x', rubric: ' ' })).toMatchObject({
      pass: false,
      reason: expect.stringContaining('rubric'),
    })
    expect(grade({ output: { category: 'Billing' }, rubric: 'Has "Billing"' }).pass).toBe(true)
  })

  it('only the grader instructions select it, not the other seeds', () => {
    expect(isGraderInstructions(QA_GRADER_INSTRUCTIONS)).toBe(true)
    const others = SEED_ASSISTANTS.filter((a) => a.code !== 'demo-qa-grader')
    expect(others.filter((a) => isGraderInstructions(a.instructions))).toEqual([])
  })
})

describe('the seeded grader over the evaluate API', () => {
  let t: TestApi
  beforeAll(async () => {
    t = await makeTestApi()
  })
  afterAll(async () => {
    await t.expectConformant()
  })

  it('answers {"pass", "reason"} as JSON', async () => {
    const res = await t.call('POST', '/api/v2/assistants/demo-qa-grader/evaluate', {
      json: { input: { output: 'The category has been updated successfully.', rubric: 'Says "updated".' } },
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(evaluateResponseSchema.parse(res.body).output)).toEqual({
      pass: true,
      reason: 'The output contains "updated", as the rubric requires.',
    })
  })
})
