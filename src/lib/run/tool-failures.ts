/**
 * Which tool calls of a run went wrong: answered not ok (a `call_api` that got
 * HTTP 500 or could not be sent), skipped (the mock does not call outside
 * hosts), or never answered before the run ended. A run can "succeed" with a
 * failed tool call: the playground badges it, the `run_succeeded` assertion
 * counts it as failed.
 */
import { isTerminal, type RunRecord, type TimelineEntry } from './run-model'

export interface ToolFailure {
  id: string
  name: string
  reason: string
}

export type RunHealth = 'succeeded' | 'succeeded-with-failed-tools' | 'failed' | 'cancelled' | 'running' | 'queued'

type ToolCallEntry = Extract<TimelineEntry, { kind: 'tool_call' }>
type ToolResultEntry = Extract<TimelineEntry, { kind: 'tool_result' }>

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** `call_api PUT /categories/42` for call_api, the tool's name otherwise. */
export function describeToolCall(name: string, args: unknown): string {
  if (name === 'call_api' && isRecord(args)) {
    const method = typeof args.method === 'string' ? args.method.toUpperCase() : null
    const path = typeof args.path === 'string' ? args.path : null
    const parts = [name, method, path].filter((p): p is string => p !== null && p !== '')
    return parts.join(' ')
  }
  return name
}

/** Why a result counts as a failure, or null when it does not. */
function resultProblem(entry: ToolResultEntry): string | null {
  const result = entry.result
  const rec = isRecord(result) ? result : null
  if (rec?.skipped === true) {
    return typeof rec.reason === 'string' && rec.reason !== '' ? `was skipped: ${rec.reason}` : 'was skipped'
  }
  if (entry.ok) return null
  if (rec && typeof rec.error === 'string' && rec.error !== '') return `failed: ${rec.error}`
  if (rec && typeof rec.status === 'number') return `failed: answered HTTP ${rec.status}`
  if (typeof result === 'string' && result !== '') return `failed: ${result.slice(0, 200)}`
  return 'failed'
}

function missingResult(run: RunRecord): string {
  if (run.status === 'cancelled') return 'got no result: the run was cancelled before the tool answered'
  if (run.status === 'failed') return 'got no result: the run failed before the tool answered'
  return 'got no result before the run ended'
}

export function toolFailures(run: RunRecord): ToolFailure[] {
  const calls: ToolCallEntry[] = []
  const results = new Map<string, ToolResultEntry>()
  for (const entry of run.timeline) {
    if (entry.kind === 'tool_call') calls.push(entry)
    else if (entry.kind === 'tool_result') results.set(entry.id, entry)
  }
  const failures: ToolFailure[] = []
  const callIds = new Set<string>()
  for (const call of calls) {
    callIds.add(call.id)
    const what = describeToolCall(call.name, call.arguments)
    const result = results.get(call.id)
    if (!result) {
      // A call still waiting for its answer in a running run is not a failure yet.
      if (isTerminal(run.status))
        failures.push({ id: call.id, name: call.name, reason: `${what} ${missingResult(run)}` })
      continue
    }
    const problem = resultProblem(result)
    if (problem) failures.push({ id: call.id, name: call.name, reason: `${what} ${problem}` })
  }
  // A result whose call never showed (tolerant reader): still a failure when it says so.
  for (const result of results.values()) {
    if (callIds.has(result.id)) continue
    const problem = resultProblem(result)
    if (problem) failures.push({ id: result.id, name: result.name, reason: `${result.name} ${problem}` })
  }
  return failures
}

export function runHealth(run: RunRecord): RunHealth {
  if (run.status !== 'succeeded') return run.status
  return toolFailures(run).length > 0 ? 'succeeded-with-failed-tools' : 'succeeded'
}
