/**
 * Progress while a suite runs: on a terminal one line redrawn in place
 * (`[#####-----] 12/40 passed 11 failed 1`), elsewhere (CI logs) one plain line
 * per finished attempt, so logs stay readable and greppable.
 */
import type { CaseAttempt, SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import { isTerminal } from '@/lib/run/run-model'
import { attemptMs } from './junit'

export interface Output {
  write(text: string): void
  /** A terminal: redraw a bar in place. */
  isTTY?: boolean
  columns?: number
}

export interface Progress {
  update(run: SuiteRun, changed: CaseAttempt): void
  /** Ends the bar's line (terminal) so what follows starts on a fresh one. */
  finish(run: SuiteRun): void
}

const BAR_WIDTH = 20

export function isFinished(attempt: CaseAttempt): boolean {
  return isTerminal(attempt.run.status) && attempt.status !== 'cancelled'
}

export function progressBar(done: number, total: number, passed: number, failed: number, width = BAR_WIDTH): string {
  const filled = total === 0 ? width : Math.min(width, Math.round((done / total) * width))
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} passed ${passed} failed ${failed}`
}

function counts(run: SuiteRun): { done: number; passed: number; failed: number } {
  let done = 0
  let passed = 0
  for (const a of run.attempts) {
    if (!isFinished(a)) continue
    done += 1
    if (a.status === 'passed') passed += 1
  }
  return { done, passed, failed: done - passed }
}

export function attemptLine(suite: Suite, run: SuiteRun, attempt: CaseAttempt): string {
  const testCase = suite.cases.find((c) => c.id === attempt.caseId)
  const name = testCase?.name ?? attempt.caseId
  const rep = run.repeat > 1 ? ` (run ${attempt.attempt + 1}/${run.repeat})` : ''
  const time = `${(attemptMs(attempt) / 1000).toFixed(2)} s`
  const label = attempt.status === 'passed' ? 'PASS ' : attempt.status === 'error' ? 'ERROR' : 'FAIL '
  let why = ''
  const unchecked = attempt.assertions.filter((r) => r.verdict === 'unknown').length
  if (attempt.status === 'passed' && unchecked > 0)
    why = ` (${unchecked} assertion${unchecked === 1 ? '' : 's'} not checked)`
  else if (attempt.status === 'error') why = ` - ${attempt.run.error?.message ?? 'the run could not be made'}`
  else if (attempt.status === 'failed') {
    const failed = attempt.assertions.filter((r) => r.verdict === 'fail').map((r) => r.description)
    why = failed.length > 0 ? ` - failed: ${failed.join('; ')}` : ''
  }
  return `${label} ${name}${rep} ${time}${why}`
}

export function createProgress(out: Output, suite: Suite, total: number): Progress {
  const reported = new Set<string>()
  const draw = (done: number, passed: number, failed: number) => {
    const bar = `${progressBar(done, total, passed, failed)}  ${suite.name}`
    const width = out.columns && out.columns > 10 ? out.columns - 1 : bar.length
    out.write(`\r\x1b[2K${bar.slice(0, width)}`)
  }
  const redraw = (run: SuiteRun) => {
    const c = counts(run)
    draw(c.done, c.passed, c.failed)
  }
  if (out.isTTY) draw(0, 0, 0)
  return {
    update(run, changed) {
      const key = `${changed.caseId}#${changed.attempt}`
      const fresh = isFinished(changed) && !reported.has(key)
      if (fresh) reported.add(key)
      if (!out.isTTY) {
        if (fresh) out.write(`${attemptLine(suite, run, changed)}\n`)
        return
      }
      // On a terminal only what went wrong gets a line of its own, above the bar.
      if (fresh && changed.status !== 'passed') out.write(`\r\x1b[2K${attemptLine(suite, run, changed)}\n`)
      redraw(run)
    },
    finish(run) {
      if (!out.isTTY) return
      redraw(run)
      out.write('\n')
    },
  }
}
