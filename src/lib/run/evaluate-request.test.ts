import { describe, expect, it } from 'vitest'
import type { RunRequest } from './run-model'
import { maskHeaders, MASKED } from './mask-headers'
import { absoluteUrl, buildCurl, evaluateBody, parseInput, TOKEN_PLACEHOLDER } from './evaluate-request'

const req: RunRequest = {
  assistant: 'a-b',
  conversationId: 'c1',
  input: { q: "it's" },
  transcript: [{ speaker: 'customer', text: 'hi' }],
}

describe('parseInput', () => {
  it('accepts a JSON object, and empty text as {}', () => {
    expect(parseInput('{"media_type": "chat"}')).toEqual({ ok: true, value: { media_type: 'chat' } })
    expect(parseInput('  ')).toEqual({ ok: true, value: {} })
  })
  it('rejects invalid JSON and non-objects with a message', () => {
    expect(parseInput('{').ok).toBe(false)
    expect(parseInput('[1]')).toEqual({ ok: false, error: expect.stringContaining('an array') as string })
    expect(parseInput('null')).toEqual({ ok: false, error: expect.stringContaining('null') as string })
    expect(parseInput('"x"')).toEqual({ ok: false, error: expect.stringContaining('a string') as string })
  })
})

describe('evaluateBody', () => {
  it('sends the transcript only when there are turns', () => {
    expect(evaluateBody(req)).toEqual({ input: req.input, transcript: req.transcript })
    expect(evaluateBody({ ...req, transcript: [] })).toEqual({ input: req.input })
    expect(evaluateBody({ ...req, transcript: null })).toEqual({ input: req.input })
  })
})

describe('buildCurl', () => {
  it('uses a token placeholder and shell-quotes the body', () => {
    const curl = buildCurl(req, 'https://x.test/api/v2/assistants/a-b/evaluate?conversation_id=c1')
    expect(curl).toContain(`Authorization: Bearer ${TOKEN_PLACEHOLDER}`)
    expect(curl).toContain("'https://x.test/api/v2/assistants/a-b/evaluate?conversation_id=c1'")
    expect(curl).toContain(`"q":"it'\\''s"`)
    expect(curl).toContain('Accept: text/event-stream')
  })
  it('makes same-origin URLs absolute', () => {
    expect(absoluteUrl('/api/v2/x', 'http://127.0.0.1:4183')).toBe('http://127.0.0.1:4183/api/v2/x')
    expect(absoluteUrl('https://a.test/x', 'http://127.0.0.1:4183')).toBe('https://a.test/x')
  })
})

describe('maskHeaders', () => {
  it('masks every value under a headers key, at any depth, keeping names', () => {
    const masked = maskHeaders({
      api_code: 'x',
      headers: { 'X-Api-Key': 'secret' },
      nested: [{ Headers: '{"Authorization": "Bearer s"}' }],
    })
    expect(masked).toEqual({
      api_code: 'x',
      headers: { 'X-Api-Key': MASKED },
      nested: [{ Headers: { Authorization: MASKED } }],
    })
    expect(JSON.stringify(masked)).not.toContain('secret')
  })
  it('masks a non-JSON headers string whole and leaves other values alone', () => {
    expect(maskHeaders({ headers: 'Bearer abc', path: '/p' })).toEqual({ headers: MASKED, path: '/p' })
    expect(maskHeaders('plain')).toBe('plain')
  })
})
