/** Checks on the run's tool calls: called (with counts), in order. */
import { describeToolCall } from '@/lib/run/tool-failures'
import type { RunRecord } from '@/lib/run/run-model'
import { countPhrase } from './describe-assertion'
import type { Observation } from './output-checks'
import type { Assertion, ToolMatch } from './suite-format'
import { describeToolMatch, matchTool, toolCallsOf, type ObservedToolCall } from './tool-match'

const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`

/** What the run called, for a reason: "calls: call_api GET /x (method is GET, not PUT)". */
function nearMisses(match: ToolMatch, calls: ObservedToolCall[]): string {
  if (calls.length === 0) return 'it made no tool calls'
  const shown = calls.slice(0, 4).map((c) => {
    const r = matchTool(match, c)
    const what = describeToolCall(c.name, c.arguments)
    return r.ok || c.name !== match.name ? what : `${what} (${r.mismatch})`
  })
  return `calls made: ${shown.join(', ')}${calls.length > 4 ? `, and ${calls.length - 4} more` : ''}`
}

export function checkToolCalled(a: Extract<Assertion, { type: 'tool_called' }>, run: RunRecord): Observation {
  const calls = toolCallsOf(run)
  const matching = calls.filter((c) => matchTool(a.match, c).ok)
  const min = a.min ?? (a.max === 0 ? 0 : 1)
  const holds = matching.length >= min && (a.max === undefined || matching.length <= a.max)
  const count = `${describeToolMatch(a.match)} called ${times(matching.length)}`
  const misses = matching.length === 0 ? ` (${nearMisses(a.match, calls)})` : ''
  const range = a.max === 0 ? 'none' : (countPhrase(a.min, a.max) ?? 'at least once')
  const notRange = a.max === 0 ? 'at least once' : range === 'at least once' ? 'none' : `not ${range}`
  return {
    kind: 'checked',
    holds,
    seen: `${count}${misses}`,
    failWhenNot: `${count}, expected ${range}${misses}`,
    failWhenHolds: `${count}, expected ${notRange}`,
  }
}

export function checkToolOrder(a: Extract<Assertion, { type: 'tool_order' }>, run: RunRecord): Observation {
  const calls = toolCallsOf(run)
  let next = 0
  const positions: number[] = []
  for (const wanted of a.calls) {
    const found = calls.slice(next).find((c) => matchTool(wanted, c).ok)
    if (!found) {
      const before =
        positions.length === 0
          ? ''
          : ` after ${describeToolMatch(a.calls[positions.length - 1] ?? wanted)} (call ${(positions.at(-1) ?? 0) + 1})`
      const anywhere = calls.some((c) => matchTool(wanted, c).ok) ? ' (it was called, but earlier)' : ''
      return {
        kind: 'checked',
        holds: false,
        seen: `no ${describeToolMatch(wanted)}${before}${anywhere}; ${nearMisses(wanted, calls)}`,
      }
    }
    positions.push(found.index)
    next = found.index + 1
  }
  return { kind: 'checked', holds: true, seen: `called in order as calls ${positions.map((p) => p + 1).join(', ')}` }
}
