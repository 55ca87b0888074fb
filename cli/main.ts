/**
 * `npm run suite`: parse the command line, read every suite file, connect
 * (embedded mock or --base-url), run each suite with the shared runner and
 * assertion library, print progress and a summary, write JUnit/JSON, and
 * return the exit code. Everything outside (streams, env, signal) is passed
 * in, so tests run it in-process.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { deepdeskEvaluator, evaluatorJudge } from '@/lib/qa/evaluator'
import type { SuiteRun, SuiteRunSummary } from '@/lib/qa/results'
import { runSuite } from '@/lib/qa/runner'
import type { MockOptions } from '../server/mock/app'
import { parseCliArgs, USAGE, type CliOptions } from './args'
import { connect, ConnectionError, type Connection } from './connect'
import { EXIT_INTERRUPTED, EXIT_PASSED, EXIT_UNUSABLE, exitCodeFor } from './exit-code'
import { toJunitXml, type SuiteReport } from './junit'
import { loadSuites, type LoadedSuite } from './load-suites'
import { createProgress, type Output } from './progress'
import { addSummaries, suiteSummary, totalsLine } from './summary'

export interface CliEnvironment {
  stdout: Output
  stderr: Output
  env?: Record<string, string | undefined>
  /** Aborted on Ctrl+C: in-flight runs are cancelled, reports still written. */
  signal?: AbortSignal
  /** For tests: options of the embedded mock (e.g. no stream delay). */
  mockOptions?: MockOptions
}

const DEFAULT_CONCURRENCY = 2

async function writeReport(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, text, 'utf8')
}

async function runAll(
  suites: readonly LoadedSuite[],
  connection: Connection,
  options: CliOptions,
  io: CliEnvironment,
): Promise<{ reports: SuiteReport[]; summaries: SuiteRunSummary[] }> {
  const evaluator = deepdeskEvaluator(connection.client)
  const judge = evaluatorJudge(evaluator)
  const reports: SuiteReport[] = []
  const summaries: SuiteRunSummary[] = []
  for (const { file, suite } of suites) {
    if (io.signal?.aborted) break
    const repeat = options.repeat ?? suite.defaults?.repeat ?? 1
    const concurrency = options.concurrency ?? suite.defaults?.concurrency ?? DEFAULT_CONCURRENCY
    const progress = createProgress(io.stdout, suite, suite.cases.length * repeat)
    const run: SuiteRun = await runSuite({
      suite,
      evaluator,
      judge,
      connectionKey: connection.connectionKey,
      concurrency,
      repeat,
      signal: io.signal,
      label: 'cli',
      onUpdate: (current, changed) => progress.update(current, changed),
    })
    progress.finish(run)
    const { text, summary } = suiteSummary(file, suite, run)
    io.stdout.write(`${text}\n`)
    reports.push({ file, suite, run })
    summaries.push(summary)
  }
  return { reports, summaries }
}

async function writeReports(
  reports: readonly SuiteReport[],
  options: CliOptions,
  io: CliEnvironment,
): Promise<boolean> {
  const outputs: Array<[string | null, () => string]> = [
    [options.junit, () => toJunitXml(reports)],
    [
      options.json,
      () =>
        `${JSON.stringify(
          reports.map((r) => r.run),
          null,
          2,
        )}\n`,
    ],
  ]
  let ok = true
  for (const [file, render] of outputs) {
    if (file === null) continue
    try {
      await writeReport(file, render())
      io.stdout.write(`Wrote ${file}\n`)
    } catch (error) {
      io.stderr.write(`error: cannot write ${file}: ${(error as Error).message}\n`)
      ok = false
    }
  }
  return ok
}

export async function main(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const parsed = parseCliArgs(argv, io.env ?? {})
  if (parsed.kind === 'help') {
    io.stdout.write(`${USAGE}\n`)
    return EXIT_PASSED
  }
  if (parsed.kind === 'usage') {
    io.stderr.write(`error: ${parsed.message}\n\n${USAGE}\n`)
    return EXIT_UNUSABLE
  }
  const { options } = parsed

  const loaded = await loadSuites(options.files)
  if (!loaded.ok) {
    io.stderr.write(`${loaded.messages.map((m) => (m.startsWith(' ') ? m : `error: ${m}`)).join('\n')}\n`)
    return EXIT_UNUSABLE
  }

  let connection: Connection
  try {
    connection = await connect(options, io.mockOptions)
  } catch (error) {
    const message = error instanceof ConnectionError ? error.message : `cannot connect: ${(error as Error).message}`
    io.stderr.write(`error: ${message}\n`)
    return EXIT_UNUSABLE
  }

  try {
    const cases = loaded.suites.reduce((n, s) => n + s.suite.cases.length, 0)
    io.stdout.write(
      `Running ${loaded.suites.length} suite${loaded.suites.length === 1 ? '' : 's'} (${cases} case${cases === 1 ? '' : 's'}) against ${connection.description}\n`,
    )
    const { reports, summaries } = await runAll(loaded.suites, connection, options, io)
    if (reports.length > 1) io.stdout.write(`\nAll suites: ${totalsLine(addSummaries(summaries))}\n`)
    const written = await writeReports(reports, options, io)
    if (io.signal?.aborted) {
      io.stderr.write('Stopped: runs in flight were cancelled.\n')
      return EXIT_INTERRUPTED
    }
    return written ? exitCodeFor(summaries) : EXIT_UNUSABLE
  } finally {
    await connection.close()
  }
}
