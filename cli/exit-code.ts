/**
 * Exit codes CI relies on: 0 every case passed, 1 any case did not (failed,
 * flaky, errored, cancelled: a case that did not pass every time is not a
 * pass), 2 the suites could not be run at all (usage, file or connection).
 */
import type { SuiteRunSummary } from '@/lib/qa/results'

export const EXIT_PASSED = 0
export const EXIT_FAILED = 1
export const EXIT_UNUSABLE = 2
/** Stopped with Ctrl+C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130

export function exitCodeFor(summaries: readonly SuiteRunSummary[]): number {
  const allPassed = summaries.every((s) => s.passed === s.total)
  return allPassed ? EXIT_PASSED : EXIT_FAILED
}
