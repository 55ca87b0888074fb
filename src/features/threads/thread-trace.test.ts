import { describe, expect, it } from 'vitest'
import { formatGap, summarizeContent, toTrace } from './thread-trace'

describe('toTrace', () => {
  it('normalises roles, content, tool calls and gaps', () => {
    const steps = toTrace([
      { id: 1, role: 'system', content: 'Be nice', created_at: '2024-07-23T13:45:00.000Z' },
      {
        id: 2,
        role: 'assistant',
        content: '',
        tool_call: { name: 'call_api', arguments: { path: '/x' } },
        created_at: '2024-07-23T13:45:01.200Z',
      },
      {
        id: 3,
        role: 'tool',
        name: 'call_api',
        content: '{"ok":true}',
        tool_call: { name: 'call_api', result: { ok: true } },
        created_at: '2024-07-23T13:45:01.450Z',
      },
      { content: { a: 1 } },
      { role: 'robot', content: 'hi' },
    ])
    expect(steps.map((s) => s.role)).toEqual(['system', 'assistant', 'tool', 'user', 'other'])
    expect(steps[1]?.toolCall).toEqual({ name: 'call_api', arguments: '{\n  "path": "/x"\n}', result: null })
    expect(steps[2]?.toolCall?.result).toBe('{\n  "ok": true\n}')
    expect(steps[1]?.sincePrevious).toBe(1200)
    expect(steps[3]?.content).toBe('{\n  "a": 1\n}')
    expect(steps[3]?.key).toBe('i3')
    expect(steps[4]?.rawRole).toBe('robot')
  })
  it('formats gaps and summaries', () => {
    expect(formatGap(250)).toBe('+250ms')
    expect(formatGap(1234)).toBe('+1.2s')
    expect(formatGap(125_000)).toBe('+2m 5s')
    expect(summarizeContent({ a: 'x', b: 2, c: null, d: [] }, 2)).toEqual({
      entries: [
        ['a', 'x'],
        ['b', '2'],
      ],
      more: 2,
    })
  })
})
