import { describe, expect, it } from 'vitest'
import { createRun, type RunRecord, type RunRequest } from '@/lib/run/run-model'
import { changedFields, compareOutputs, compareRuns, requestText } from './compare-runs'

const base: RunRequest = {
  assistant: 'demo-routing-assistant',
  conversationId: '669fbd2936688700080849f5',
  input: { media_type: 'chat' },
  transcript: null,
}

const run = (request: Partial<RunRequest>, output: string): RunRecord => ({
  ...createRun({ id: crypto.randomUUID(), connectionKey: 'c', createdAt: 0, request: { ...base, ...request } }),
  status: 'succeeded',
  output,
})

describe('compareRuns', () => {
  it('says identical when requests and outputs are the same', () => {
    const c = compareRuns(run({}, 'Hello'), run({}, 'Hello'))
    expect(c.requestIdentical).toBe(true)
    expect(c.request.every((f) => f.same)).toBe(true)
    expect(c.output).toMatchObject({ identical: true, language: 'plaintext' })
    expect(changedFields(c)).toBe('')
  })

  it('names each request field that differs', () => {
    const c = compareRuns(
      run({}, 'a'),
      run(
        {
          assistant: 'other',
          conversationId: null,
          transcript: [{ speaker: 'customer', text: 'Hi' }],
          input: { media_type: 'voice' },
        },
        'a',
      ),
    )
    expect(c.requestIdentical).toBe(false)
    expect(c.request.map((f) => [f.field, f.same])).toEqual([
      ['assistant', false],
      ['conversation', false],
      ['transcript', false],
      ['input', false],
    ])
    expect(c.request.find((f) => f.field === 'conversation')).toMatchObject({
      before: '669fbd2936688700080849f5',
      after: '(none)',
    })
    expect(c.request.find((f) => f.field === 'transcript')?.after).toBe('Customer: Hi')
    expect(changedFields(c)).toBe('assistant, conversation, transcript and input')
  })

  it('lists one or two changed fields naturally', () => {
    expect(changedFields(compareRuns(run({}, ''), run({ input: { x: 1 } }, '')))).toBe('input')
    expect(changedFields(compareRuns(run({}, ''), run({ input: { x: 1 }, assistant: 'b' }, '')))).toBe(
      'assistant and input',
    )
  })

  it('an empty transcript and no transcript read the same', () => {
    expect(compareRuns(run({ transcript: [] }, ''), run({ transcript: null }, '')).requestIdentical).toBe(true)
  })

  it('gives the whole request as text for a diff', () => {
    expect(requestText(base)).toBe(
      'assistant: demo-routing-assistant\nconversation_id: 669fbd2936688700080849f5\ntranscript:\n(none)\ninput:\n{\n  "media_type": "chat"\n}',
    )
  })
})

describe('compareOutputs', () => {
  it('pretty-prints JSON outputs', () => {
    const c = compareOutputs('{"a":1,"b":[1,2]}', '{"a":2,"b":[1,2]}')
    expect(c.language).toBe('json')
    expect(c.before).toBe('{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}')
    expect(c).toMatchObject({ identical: false, sameJson: false })
  })

  it('tells "same JSON, other formatting" apart from identical', () => {
    expect(compareOutputs('{"a":1}', '{ "a": 1 }')).toMatchObject({ identical: false, sameJson: true })
    expect(compareOutputs('{"a":1}', '{"a":1}')).toMatchObject({ identical: true, sameJson: true })
  })

  it('leaves text and half-JSON as text', () => {
    expect(compareOutputs('{"a":', '{"a":1}')).toMatchObject({ language: 'plaintext', before: '{"a":' })
    expect(compareOutputs('42', '43').language).toBe('plaintext')
    expect(compareOutputs('', '')).toMatchObject({ identical: true, language: 'plaintext' })
  })
})
