/**
 * The one assertion library: checks a case's assertions against a finished
 * run and says, for each, pass / fail / unknown and why. The console and the
 * CLI both call checkAssertions; nothing else decides a verdict.
 *
 * Rules: `negate` swaps pass and fail, never touches unknown. A run that did
 * not finish fails every check that needs its output ("the run failed: …"),
 * negated or not. Tool checks on a server that answered plain JSON are unknown
 * ("not checkable here"), never a pass.
 */
import type { RunRecord } from '@/lib/run/run-model'
import { formatSeconds } from '@/lib/run/run-failure'
import { toolFailures } from '@/lib/run/tool-failures'
import { describeAssertion } from './describe-assertion'
import { checkOutput, type Observation } from './output-checks'
import type { AssertionResult } from './results'
import type { Assertion, TestCase } from './suite-format'
import { checkToolCalled, checkToolOrder } from './tool-checks'

export { describeAssertion }

export type JudgeAnswer = { pass: boolean; reason: string } | { error: string }

/** Grades `output` against `rubric` with the assistant `assistant` (e.g. the seeded `demo-qa-grader`). */
export type Judge = (
  req: { assistant: string; rubric: string; output: string; testCase: TestCase },
  signal?: AbortSignal,
) => Promise<JudgeAnswer>

export interface AssertionContext {
  judge?: Judge
  signal?: AbortSignal
}

export const NOT_CHECKABLE_TOOLS =
  'not checkable here: this server answered without streamed events, so tool calls are not visible'

/** Why the run has no usable output, or null when it finished. */
export function unfinished(run: RunRecord): string | null {
  switch (run.status) {
    case 'succeeded':
      return null
    case 'failed':
      return `the run failed: ${run.error?.message ?? 'no reason given'}`
    case 'cancelled':
      return 'the run was cancelled before it finished'
    case 'queued':
    case 'running':
      return 'the run has not finished'
  }
}

function verdictOf(a: Assertion, index: number, obs: Observation): AssertionResult {
  const description = describeAssertion(a)
  if (obs.kind === 'unknown') return { index, verdict: 'unknown', description, reason: obs.reason }
  if (obs.kind === 'broken') return { index, verdict: 'fail', description, reason: obs.reason }
  const pass = obs.holds !== (a.negate === true)
  if (pass) return { index, verdict: 'pass', description, reason: obs.seen }
  const own = obs.holds ? obs.failWhenHolds : obs.failWhenNot
  return { index, verdict: 'fail', description, reason: own ?? `expected ${description}; ${obs.seen}` }
}

function checkRunSucceeded(run: RunRecord): Observation {
  const why = unfinished(run)
  if (why) return { kind: 'checked', holds: false, seen: why }
  const failures = toolFailures(run)
  if (failures.length === 0) return { kind: 'checked', holds: true, seen: 'no error and every tool call succeeded' }
  return { kind: 'checked', holds: false, seen: failures.map((f) => f.reason).join('; ') }
}

function checkTime(label: string, measured: number | null, limit: number, run: RunRecord): Observation {
  const why = unfinished(run)
  if (why) return { kind: 'broken', reason: why }
  if (measured === null) return { kind: 'unknown', reason: `no ${label} was recorded for this run` }
  return { kind: 'checked', holds: measured < limit, seen: `${label} was ${formatSeconds(measured)}` }
}

async function checkJudge(
  a: Extract<Assertion, { type: 'judge' }>,
  testCase: TestCase,
  run: RunRecord,
  ctx: AssertionContext,
): Promise<Observation> {
  const why = unfinished(run)
  if (why) return { kind: 'broken', reason: why }
  if (!ctx.judge) return { kind: 'unknown', reason: 'not checked: no judge is available for this run' }
  let answer: JudgeAnswer
  try {
    answer = await ctx.judge({ assistant: a.assistant, rubric: a.rubric, output: run.output, testCase }, ctx.signal)
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) }
  }
  if ('error' in answer) return { kind: 'unknown', reason: `the judge ${a.assistant} gave no verdict: ${answer.error}` }
  return { kind: 'checked', holds: answer.pass, seen: `${a.assistant}: ${answer.reason}` }
}

/** Presence checks stay meaningful on a run cut short; absence and upper bounds cannot be proven on one. */
function provableOnPartialRun(a: Assertion, obs: Observation): boolean {
  if (obs.kind !== 'checked' || a.negate === true || !obs.holds) return false
  return (a.type === 'tool_called' && a.max === undefined) || a.type === 'tool_order'
}

async function checkOne(a: Assertion, testCase: TestCase, run: RunRecord, ctx: AssertionContext): Promise<Observation> {
  switch (a.type) {
    case 'contains':
    case 'equals':
    case 'regex':
    case 'is_json':
    case 'json_path':
    case 'json_schema': {
      const why = unfinished(run)
      return why ? { kind: 'broken', reason: why } : checkOutput(a, run.output)
    }
    case 'tool_called':
    case 'tool_order': {
      if (run.mode === 'json') return { kind: 'unknown', reason: NOT_CHECKABLE_TOOLS }
      const obs = a.type === 'tool_called' ? checkToolCalled(a, run) : checkToolOrder(a, run)
      const why = unfinished(run)
      return why && !provableOnPartialRun(a, obs) ? { kind: 'broken', reason: why } : obs
    }
    case 'run_succeeded':
      return checkRunSucceeded(run)
    case 'ttft_under':
      return checkTime('time to first token', run.metrics.ttftMs, a.ms, run)
    case 'total_time_under':
      return checkTime('total time', run.metrics.totalMs, a.ms, run)
    case 'judge':
      return checkJudge(a, testCase, run, ctx)
  }
}

export async function checkAssertions(
  testCase: TestCase,
  run: RunRecord,
  ctx: AssertionContext = {},
): Promise<AssertionResult[]> {
  // Judges are requests: run them side by side, results stay in the case's order.
  return Promise.all(
    testCase.assertions.map(async (a, index) => verdictOf(a, index, await checkOne(a, testCase, run, ctx))),
  )
}
