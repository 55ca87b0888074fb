import { describe, expect, it } from 'vitest'
import { describeRule, evaluateRule, parseJsonObjectText, ruleTree, validateRule } from './json-logic'

const webchat = { '==': [{ var: 'channel' }, 'webchat'] }
const combined = { and: [{ '==': [{ var: 'queue' }, 'subscriptions'] }, { in: [{ var: 'language' }, ['nl', 'en']] }] }
const nested = {
  and: [
    { '==': [{ var: 'profile' }, 'premium'] },
    { or: [{ '>=': [{ var: 'contact_attempts' }, 3] }, { '==': [{ var: 'queue' }, 'billing'] }] },
  ],
}

describe('describeRule', () => {
  it('renders comparisons, in and groups readably', () => {
    expect(describeRule(webchat)).toBe('channel == "webchat"')
    expect(describeRule(combined)).toBe('queue == "subscriptions" AND language in ["nl", "en"]')
    expect(describeRule(nested)).toBe('profile == "premium" AND (contact_attempts >= 3 OR queue == "billing")')
    expect(describeRule({ '!': webchat })).toBe('NOT channel == "webchat"')
    expect(describeRule({})).toBe('No conditions')
  })
  it('builds a tree for chips', () => {
    expect(ruleTree(combined)).toEqual({
      kind: 'group',
      op: 'AND',
      children: [
        { kind: 'leaf', text: 'queue == "subscriptions"' },
        { kind: 'leaf', text: 'language in ["nl", "en"]' },
      ],
    })
  })
})

describe('validateRule', () => {
  it('accepts JsonLogic and the empty rule', () => {
    expect(validateRule(webchat)).toBeNull()
    expect(validateRule(nested)).toBeNull()
    expect(validateRule({})).toBeNull()
  })
  it('rejects unknown operators and malformed conditions', () => {
    expect(validateRule({ channel: 'webchat' })).toMatch(/unknown operator "channel"/)
    expect(validateRule({ '==': [1, 2], and: [] })).toMatch(/exactly one operator/)
    expect(validateRule({ and: [] })).toMatch(/non-empty list/)
    expect(validateRule({ '==': [{ var: 'x' }] })).toMatch(/exactly two values/)
    expect(validateRule({ and: [webchat, { foo: 1 }] })).toMatch(/tags\.and\[1\]: unknown operator "foo"/)
  })
})

describe('evaluateRule', () => {
  it('matches sample tags', () => {
    expect(evaluateRule(webchat, { channel: 'webchat' })).toMatchObject({ ok: true, matches: true })
    expect(evaluateRule(webchat, { channel: 'email' })).toMatchObject({ ok: true, matches: false })
    expect(evaluateRule(nested, { profile: 'premium', contact_attempts: 4 })).toMatchObject({ matches: true })
    expect(evaluateRule({}, { channel: 'webchat' })).toMatchObject({ matches: false })
  })
  it('reports evaluation errors', () => {
    expect(evaluateRule({ nope: [1] }, {})).toMatchObject({ ok: false })
  })
})

describe('parseJsonObjectText', () => {
  it('accepts objects only', () => {
    expect(parseJsonObjectText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonObjectText('[1]')).toEqual({ ok: false, error: 'Expected a JSON object.' })
    expect(parseJsonObjectText('{').ok).toBe(false)
  })
})
