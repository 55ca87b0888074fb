/**
 * `npm run bench`: builds the console into .out/bench, starts the console server
 * (built app + mock) and a static Swagger UI, drives headless Chromium, prints
 * tables and writes bench/report.json. Flags: --skip-build (reuse .out/bench),
 * --quick (fewer, shorter runs: a smoke test of the bench itself, not figures).
 *
 * Ports: 4184 (console + mock, 100 assistants), 4185 (Swagger UI, then the
 * console with 10,000 assistants). Whatever happens, servers and the browser are
 * closed (cleanup registry, signal handlers, a global time limit).
 */
import type { Browser } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { launchBrowser } from './lib/browser'
import { cleanupAll } from './lib/cleanup'
import { alternateColdLoads, series, coldLoad, type LoadSeries, type LoadTarget } from './lib/cold-load'
import { machineInfo } from './lib/machine'
import {
  firstEventSeries,
  getToken,
  listAssistants,
  listThroughput,
  type FirstEventSeries,
  type ThroughputSeries,
} from './lib/mock-backend'
import { BUILD_DIR, ROOT, buildConsole, contractPath, startConsoleServer, startSwaggerServer } from './lib/servers'
import { keystrokeSeries, type KeystrokeSeries } from './lib/big-list'
import { heapSeries, PlaygroundNotReady, streamScenario, type HeapSeries, type StreamScenario } from './lib/streaming'
import { readFrom, requestedAssets, weighPage } from './lib/weight'
import { composition } from './lib/composition'
import { evaluateTargets, METHOD, printReport, type Report } from './lib/report'
import { generateSuite, nodeSuiteRun, SUITE_CASES, SUITE_CONCURRENCY, SUITE_DELAY_MS, SUITE_METHOD } from './suite-200'
import { browserSuiteRun, SuitePageNotReady } from './suite-200-browser'

const PORT_CONSOLE = 4184
const PORT_SECOND = 4185
const TIME_LIMIT_MS = 9.5 * 60_000
const ROW_LINK = 'tbody a[href^="/assistants/"]'

const quick = process.argv.includes('--quick')
const skipBuild = process.argv.includes('--skip-build')
const plan = quick
  ? {
      loads: 2,
      streamRuns: 1,
      heapRuns: 3,
      chunks: 1000,
      keyRuns: 1,
      cannonRuns: 1,
      cannonSeconds: 2,
      firstEventRuns: 5,
      suiteCases: 40,
    }
  : {
      loads: 5,
      streamRuns: 3,
      heapRuns: 10,
      chunks: 5000,
      keyRuns: 3,
      cannonRuns: 3,
      cannonSeconds: 5,
      firstEventRuns: 20,
      suiteCases: SUITE_CASES,
    }

const report: Report = {
  generatedAt: new Date().toISOString(),
  command: `npm run bench${quick ? ' -- --quick' : ''}`,
  quick,
  durationSec: 0,
  machine: null,
  method: METHOD,
  plan,
  build: null,
  weight: null,
  coldLoad: null,
  streaming: null,
  bigList: null,
  mockBackend: null,
  suite200: null,
  targets: [],
  errors: [],
}

const started = performance.now()
/** Set by Ctrl+C / SIGTERM / the time limit: no new section starts while everything closes. */
let stopping = false
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}`)

/** Runs one section; a failure is recorded and the next section still runs. */
async function section(name: string, body: () => Promise<void>): Promise<void> {
  if (stopping) return
  log(`${name}…`)
  try {
    await body()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    report.errors.push({ section: name, message })
    console.error(`  ! ${name} failed: ${message.split('\n')[0]}`)
  }
}

async function measureWeight(
  browser: Browser,
  consoleUrl: string,
  swaggerUrl: string,
  editCode: string,
  swaggerRead: (p: string) => Buffer | null,
) {
  const list = await requestedAssets(browser, `${consoleUrl}/assistants`, ROW_LINK, 30_000)
  const edit = await requestedAssets(
    browser,
    `${consoleUrl}/assistants/${encodeURIComponent(editCode)}`,
    '.monaco-editor',
    30_000,
  )
  const swagger = await requestedAssets(browser, `${swaggerUrl}/`, '.opblock', 30_000)
  const fromBuild = readFrom(BUILD_DIR)
  const listW = weighPage(`/assistants`, list.paths, list.ready, fromBuild)
  const editW = weighPage(`/assistants/${editCode}`, edit.paths, edit.ready, fromBuild)
  const swaggerW = weighPage('swagger-ui-dist index.html', swagger.paths, swagger.ready, swaggerRead)
  return {
    assistantsList: listW,
    assistantEdit: editW,
    swagger: swaggerW,
    ratioList: listW.total.gzip / swaggerW.total.gzip,
    ratioEdit: editW.total.gzip / swaggerW.total.gzip,
    // Where the list's bytes come from: the starting point for closing the weight target.
    listComposition: composition(BUILD_DIR, listW.files),
    largestListFiles: [...listW.files].sort((a, b) => b.gzip - a.gzip).slice(0, 5),
  }
}

async function main(): Promise<void> {
  if (!skipBuild) {
    await section('build (vite build --outDir .out/bench)', async () => {
      report.build = { ms: await buildConsole(), outDir: '.out/bench' }
    })
    if (report.errors.length > 0) return
  }
  const browser = await launchBrowser()
  report.machine = machineInfo(browser.version())

  // Phase 1: console with ~100 assistants on 4184, Swagger UI on 4185.
  const consoleA = await startConsoleServer(PORT_CONSOLE, { MOCK_SEED_ASSISTANTS: '94' })
  const token = await getToken(consoleA.url)
  const assistants = await listAssistants(consoleA.url, token)
  // An assistant without tools: its run streams text only (no tool-call pauses).
  const streamCode = assistants.find((a) => a.tools.length === 0)?.code ?? assistants[0]?.code ?? 'demo-reply-suggester'
  const editCode = assistants[0]?.code ?? streamCode
  const contract = contractPath()
  const swagger = await startSwaggerServer(PORT_SECOND, contract)
  const swaggerRead = (p: string) =>
    p === '/swagger-initializer.js' ? Buffer.from(swagger.initializer) : readFrom(swagger.distDir)(p)

  await section('weight', async () => {
    report.weight = {
      ...(await measureWeight(browser, consoleA.url, swagger.url, editCode, swaggerRead)),
      contract: contract.replace(`${ROOT}/`, ''),
    }
  })

  await section(`cold load (${plan.loads} runs each, alternating)`, async () => {
    const targets: LoadTarget[] = [
      { name: 'console', url: `${consoleA.url}/assistants`, selector: ROW_LINK },
      { name: 'swagger', url: `${swagger.url}/`, selector: '.opblock' },
    ]
    const r = await alternateColdLoads(browser, targets, plan.loads)
    const c = r.console as LoadSeries
    const s = r.swagger as LoadSeries
    report.coldLoad = { runs: plan.loads, console: c, swagger: s, ratio: c.paint.median / s.paint.median }
  })
  await swagger.stop()

  await section(`streaming (${plan.chunks} chunks)`, async () => {
    const scenarios: StreamScenario[] = []
    let heap: HeapSeries | null = null
    try {
      for (const delay of [1, 0])
        scenarios.push(await streamScenario(browser, consoleA.url, streamCode, plan.chunks, delay, plan.streamRuns))
      heap = await heapSeries(browser, consoleA.url, streamCode, plan.chunks, 1, plan.heapRuns)
      report.streaming = { status: 'measured', assistant: streamCode, scenarios, heap }
    } catch (error) {
      if (!(error instanceof PlaygroundNotReady)) throw error
      report.streaming = { status: 'skipped', reason: error.message, assistant: streamCode, scenarios, heap }
      log(`  streaming skipped: ${error.message}`)
    }
  })

  await section('mock backend', async () => {
    const list: ThroughputSeries = await listThroughput(consoleA.url, token, plan.cannonRuns, 10, plan.cannonSeconds)
    const firstEvent: FirstEventSeries[] = [
      await firstEventSeries(consoleA.url, token, streamCode, plan.firstEventRuns, null),
      await firstEventSeries(consoleA.url, token, streamCode, plan.firstEventRuns, 0),
    ]
    report.mockBackend = { list, firstEvent }
  })

  await section(`suite (${plan.suiteCases} cases, concurrency ${SUITE_CONCURRENCY})`, async () => {
    const suite = generateSuite(plan.suiteCases, SUITE_DELAY_MS)
    const result: NonNullable<Report['suite200']> = {
      method: SUITE_METHOD,
      cases: suite.cases.length,
      concurrency: SUITE_CONCURRENCY,
      mockDelayMs: SUITE_DELAY_MS,
      node: null,
      browser: null,
    }
    report.suite200 = result
    result.node = await nodeSuiteRun(consoleA.url, token, suite)
    try {
      result.browser = {
        status: 'measured',
        run: await browserSuiteRun(browser, consoleA.url, suite, SUITE_CONCURRENCY),
      }
    } catch (error) {
      if (!(error instanceof SuitePageNotReady)) throw error
      result.browser = { status: 'skipped', reason: error.message }
      log(`  suite in Chromium skipped: ${error.message}`)
    }
  })
  await consoleA.stop()

  // Phase 2: console with 10,000 generated assistants on 4185.
  await section('big list (10,000 assistants)', async () => {
    const consoleB = await startConsoleServer(PORT_SECOND, { MOCK_SEED_ASSISTANTS: '10000' })
    try {
      const count = (await listAssistants(consoleB.url, await getToken(consoleB.url))).length
      const target: LoadTarget = { name: 'console-10k', url: `${consoleB.url}/assistants`, selector: ROW_LINK }
      await coldLoad(browser, target, 60_000) // warm-up
      const samples = []
      for (let i = 0; i < plan.loads; i += 1) samples.push(await coldLoad(browser, target, 60_000))
      const firstRows: LoadSeries = series(samples)
      const keystroke: KeystrokeSeries = await keystrokeSeries(browser, consoleB.url, plan.keyRuns)
      report.bigList = { assistants: count, firstRows, keystroke }
    } finally {
      await consoleB.stop()
    }
  })
}

function finish(): void {
  report.durationSec = Math.round((performance.now() - started) / 1000)
  if (report.machine) report.machine.loadAverage1mEnd = Math.round((loadavg()[0] ?? 0) * 100) / 100
  report.targets = evaluateTargets(report)
  const file = join(ROOT, 'bench/report.json')
  writeFileSync(
    file,
    `${JSON.stringify(report, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v), 2)}\n`,
  )
  printReport(report)
  console.log(`\nReport written to bench/report.json (${report.durationSec} s).`)
}

const watchdog = setTimeout(() => {
  report.errors.push({ section: 'runner', message: `time limit of ${TIME_LIMIT_MS / 60_000} minutes reached` })
  stopping = true
  console.error('! time limit reached: closing everything')
  void cleanupAll().finally(() => {
    finish()
    process.exit(2)
  })
}, TIME_LIMIT_MS)
watchdog.unref()

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true
    console.error(`! ${signal}: closing everything`)
    void cleanupAll().finally(() => process.exit(130))
  })
}

try {
  await main()
} catch (error) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  report.errors.push({ section: 'runner', message })
  console.error(`! ${message}`)
} finally {
  await cleanupAll()
  clearTimeout(watchdog)
}
finish()
process.exit(report.errors.length > 0 ? 1 : 0)
