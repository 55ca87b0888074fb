/** One line per assertion, as a QA reader says it: `output contains "refund"`, `call_api PUT /categories/* called`. */
import { formatSeconds } from '@/lib/run/run-failure'
import { preview } from './deep-equal'
import type { Assertion } from './suite-format'
import { describeToolMatch } from './tool-match'

const quote = (s: string, max = 60) => preview(s, max)

/** "at least 2 times", "at most once", "1 to 3 times"; null for the default (at least once). */
export function countPhrase(min: number | undefined, max: number | undefined): string | null {
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`)
  const lo = min ?? (max === 0 ? 0 : 1)
  if (max === undefined) return lo <= 1 ? null : `at least ${times(lo)}`
  if (max === 0) return null
  if (lo === max) return `exactly ${times(lo)}`
  if (lo <= 0) return `at most ${times(max)}`
  return `${lo} to ${max} times`
}

export function describeAssertion(a: Assertion): string {
  if (a.label && a.label.trim() !== '') return a.label
  const not = a.negate === true
  switch (a.type) {
    case 'contains':
      return `output ${not ? 'does not contain' : 'contains'} ${quote(a.value)}${a.case_sensitive ? ' (case-sensitive)' : ''}`
    case 'equals':
      return `output ${not ? 'does not equal' : 'equals'} ${quote(a.value)}`
    case 'regex':
      return `output ${not ? 'does not match' : 'matches'} /${a.pattern}/${a.flags ?? ''}`
    case 'is_json':
      return `output ${not ? 'is not' : 'is'} JSON`
    case 'json_path':
      return a.equals === undefined
        ? `${a.path} ${not ? 'does not exist' : 'exists'}`
        : `${a.path} ${not ? 'does not equal' : 'equals'} ${preview(a.equals, 60)}`
    case 'json_schema': {
      const title = typeof a.schema.title === 'string' ? ` "${a.schema.title}"` : ''
      return `output ${not ? 'does not match' : 'matches'} the JSON Schema${title}`
    }
    case 'tool_called': {
      const tool = describeToolMatch(a.match)
      if (a.max === 0) return `${tool} ${not ? 'called' : 'not called'}`
      const count = countPhrase(a.min, a.max)
      return `${tool} ${not ? 'not called' : 'called'}${count ? ` ${count}` : ''}`
    }
    case 'tool_order':
      return `${not ? 'not in this order' : 'in this order'}: ${a.calls.map(describeToolMatch).join(' → ')}`
    case 'run_succeeded':
      return not ? 'run fails (an error or a failed tool call)' : 'run succeeds (no error, no failed tool call)'
    case 'ttft_under':
      return `time to first token ${not ? 'at least' : 'under'} ${formatSeconds(a.ms)}`
    case 'total_time_under':
      return `total time ${not ? 'at least' : 'under'} ${formatSeconds(a.ms)}`
    case 'judge':
      return `${a.assistant} ${not ? 'rejects' : 'approves'}: ${quote(a.rubric, 80)}`
  }
}
