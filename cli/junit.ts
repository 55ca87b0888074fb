/**
 * JUnit XML as CI systems read it (GitHub/GitLab test reports, Jenkins, Azure):
 * one <testsuite> per suite file, one <testcase> per case and repetition
 * (classname = suite name), <failure> naming the failed assertions and why,
 * <error> for a run that could not be made, <skipped> for runs that never
 * finished. Times in seconds.
 */
import type { AssertionResult, CaseAttempt, SuiteRun } from '@/lib/qa/results'
import type { Suite, TestCase } from '@/lib/qa/suite-format'

export interface SuiteReport {
  /** The suite file as given on the command line. */
  file: string
  suite: Suite
  run: SuiteRun
}

// XML 1.0 has no way to write most control characters, even escaped: drop them.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Attribute values also keep their line breaks and tabs (a parser would fold them to spaces). */
const attr = (text: string): string =>
  escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3)

const OUTPUT_EXCERPT = 2000

export function attemptMs(attempt: CaseAttempt): number {
  const { run } = attempt
  if (run.metrics.totalMs !== null) return run.metrics.totalMs
  return run.timeline.reduce((latest, entry) => Math.max(latest, entry.at), 0)
}

export function testcaseName(testCase: TestCase, attempt: number, repeat: number): string {
  return repeat > 1 ? `${testCase.name} [run ${attempt + 1}/${repeat}]` : testCase.name
}

/** The reason without the "expected <description>; " the assertion library puts first (the line names it already). */
export function why(r: AssertionResult): string {
  const prefix = `expected ${r.description}; `
  return r.reason.startsWith(prefix) ? r.reason.slice(prefix.length) : r.reason
}

const line = (r: AssertionResult): string => `${r.description}: ${why(r)}`

export function failureMessage(failed: AssertionResult[]): string {
  if (failed.length === 1 && failed[0]) return `Failed: ${line(failed[0])}`
  return `${failed.length} assertions failed: ${failed.map((r, i) => `(${i + 1}) ${line(r)}`).join(' ')}`
}

function details(attempt: CaseAttempt): string {
  const lines: string[] = []
  for (const r of attempt.assertions) {
    const mark = r.verdict === 'pass' ? 'PASS' : r.verdict === 'fail' ? 'FAIL' : 'NOT CHECKED'
    lines.push(`${mark} ${line(r)}`)
  }
  const output = attempt.run.output
  if (output !== '') {
    const excerpt = output.length > OUTPUT_EXCERPT ? `${output.slice(0, OUTPUT_EXCERPT)}…` : output
    lines.push('', 'Output:', excerpt)
  }
  return lines.join('\n')
}

interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
  ms: number
}

function testcaseXml(report: SuiteReport, testCase: TestCase, attempt: CaseAttempt | null, index: number): string[] {
  const { run, file } = report
  const name = testcaseName(testCase, index, run.repeat)
  const ms = attempt ? attemptMs(attempt) : 0
  const open = `    <testcase name="${attr(name)}" classname="${attr(run.suiteName)}" file="${attr(file)}" time="${seconds(ms)}"`
  if (!attempt)
    return [`${open}>`, `      <skipped message="not run: the suite run stopped first"/>`, '    </testcase>']
  const body: string[] = []
  const failed = attempt.assertions.filter((r) => r.verdict === 'fail')
  if (attempt.status === 'error') {
    const message = attempt.run.error?.message ?? 'the run could not be made'
    body.push(`      <error message="${attr(message)}" type="run_error">${escapeXml(details(attempt))}</error>`)
  } else if (attempt.status === 'cancelled') {
    body.push(`      <skipped message="cancelled before it finished"/>`)
  } else if (attempt.status === 'failed') {
    const message =
      failed.length > 0 ? failureMessage(failed) : (attempt.run.error?.message ?? 'failed without a failed assertion')
    body.push(`      <failure message="${attr(message)}" type="assertion">${escapeXml(details(attempt))}</failure>`)
  }
  if (attempt.status === 'passed' && attempt.assertions.length > 0)
    body.push(`      <system-out>${escapeXml(details(attempt))}</system-out>`)
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>']
}

function suiteXml(report: SuiteReport): { xml: string[]; counts: Counts } {
  const { suite, run } = report
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 }
  const cases: string[] = []
  const chosen = run.caseIds ? new Set(run.caseIds) : null
  // Every case the run covers is reported: one it stopped before counts as skipped, never as passed.
  for (const testCase of suite.cases.filter((c) => !chosen || chosen.has(c.id))) {
    for (let i = 0; i < run.repeat; i += 1) {
      const attempt = run.attempts.find((a) => a.caseId === testCase.id && a.attempt === i) ?? null
      counts.tests += 1
      if (!attempt || attempt.status === 'cancelled') counts.skipped += 1
      else if (attempt.status === 'error') counts.errors += 1
      else if (attempt.status === 'failed') counts.failures += 1
      if (attempt) counts.ms += attemptMs(attempt)
      cases.push(...testcaseXml(report, testCase, attempt, i))
    }
  }
  const wall = run.finishedAt !== null ? run.finishedAt - run.startedAt : counts.ms
  const timestamp = new Date(run.startedAt).toISOString().replace(/\.\d+Z$/, '')
  const xml = [
    `  <testsuite name="${attr(run.suiteName)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds(wall)}" timestamp="${timestamp}" file="${attr(report.file)}">`,
    '    <properties>',
    `      <property name="suite_id" value="${attr(run.suiteId)}"/>`,
    `      <property name="connection" value="${attr(run.connectionKey)}"/>`,
    `      <property name="repeat" value="${run.repeat}"/>`,
    `      <property name="concurrency" value="${run.concurrency}"/>`,
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ]
  return { xml, counts: { ...counts, ms: wall } }
}

export function toJunitXml(reports: readonly SuiteReport[]): string {
  const suites = reports.map(suiteXml)
  const total = suites.reduce(
    (sum, { counts }) => ({
      tests: sum.tests + counts.tests,
      failures: sum.failures + counts.failures,
      errors: sum.errors + counts.errors,
      skipped: sum.skipped + counts.skipped,
      ms: sum.ms + counts.ms,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 },
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="QA suites" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="${seconds(total.ms)}">`,
    ...suites.flatMap((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n')
}
