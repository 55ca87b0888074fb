/** The report's shape, the targets of issue 6 checked against it, and its printout. */
import type { KeystrokeSeries } from './big-list'
import type { LoadSeries } from './cold-load'
import type { MachineInfo } from './machine'
import type { FirstEventSeries, ThroughputSeries } from './mock-backend'
import type { HeapSeries, StreamScenario } from './streaming'
import { kb, ms, num, renderTable, summaryRow, valueRow, type Row } from './table'
import type { PackageShare } from './composition'
import type { FileWeight, PageWeight } from './weight'
import { printSuite200, suite200Targets, type Suite200Report } from '../suite-200'

export interface Report {
  generatedAt: string
  command: string
  quick: boolean
  durationSec: number
  machine: MachineInfo | null
  method: typeof METHOD
  plan: Record<string, number>
  build: { ms: number; outDir: string } | null
  weight: {
    assistantsList: PageWeight
    assistantEdit: PageWeight
    swagger: PageWeight
    ratioList: number
    ratioEdit: number
    listComposition: PackageShare[]
    largestListFiles: FileWeight[]
    contract: string
  } | null
  coldLoad: { runs: number; console: LoadSeries; swagger: LoadSeries; ratio: number } | null
  streaming: {
    status: 'measured' | 'skipped'
    reason?: string
    assistant: string
    scenarios: StreamScenario[]
    heap: HeapSeries | null
  } | null
  bigList: { assistants: number; firstRows: LoadSeries; keystroke: KeystrokeSeries } | null
  mockBackend: { list: ThroughputSeries; firstEvent: FirstEventSeries[] } | null
  /** The 200-case suite (bench/suite-200.ts). */
  suite200: Suite200Report | null
  targets: TargetResult[]
  errors: { section: string; message: string }[]
}

export interface TargetResult {
  id: string
  target: string
  actual: string
  met: boolean | null
  /** How far from the target, in words (null when not measured). */
  margin: string | null
}

export const METHOD = {
  weight:
    'JS and CSS responses seen by a fresh browser context (page and workers) until the awaited element shows and the network is idle; each file read from the build folder (or swagger-ui-dist) and gzipped with zlib level 6. Swagger: everything its index.html loads (swagger-ui-bundle.js, swagger-ui-standalone-preset.js, swagger-ui.css, index.css, swagger-initializer.js), not the contract itself. Monaco code = chunks whose name or content is Monaco (MonacoEnvironment / monaco-editor).',
  coldLoad:
    'Fresh context per run (no cache), loopback, no throttling; the console and Swagger UI loaded alternately after one unmeasured warm-up each. Figure = performance.now() at the end of the first frame painted after the awaited element (console: first row link; Swagger: first .opblock) entered the DOM (MutationObserver, then requestAnimationFrame + MessageChannel), i.e. ms since navigation start.',
  streaming:
    'Playground opened at /playground?assistant=<code>, Run clicked once the page has settled (input editor loaded, browser idle: page-load work is not counted as streaming work); the evaluate request is rewritten on its way out to add input._mock = {chunks, delay_ms}. Arrival: fetch is wrapped in an init script and the text/event-stream body tee\'d; the probe reads one branch and timestamps each network chunk (and the delta text it carries) as it reaches JS. Paint: MutationObserver on the Output region, then requestAnimationFrame (or the current frame) and a MessageChannel task after the paint; the output text length is read at that frame. The one-frame p95 target is judged on paced streams (delay ≥ 1 ms); a burst (delay 0) arrives in a few network reads, so its figure is the processing time of one batch, reported beside. Latency of a chunk = end of the first paint whose output text is at least as long as all delta text received up to that chunk (falls back to "first paint after the next Output mutation" when the output does not show text verbatim). Long tasks: PerformanceObserver("longtask") entries during the run. Heap: CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage, in one page, after the first and after the last of N runs in a row.',
  bigList:
    'Mock seeded with MOCK_SEED_ASSISTANTS=10000. First rows: as cold load. Keystroke: capturing keydown listener on the search box stamps the key; the first DOM mutation after it outside the box is followed to the end of the next paint (requestAnimationFrame + MessageChannel). Queries typed and erased one key at a time (123, 456, 789, …) so that each key changes the visible rows.',
  mockBackend:
    'autocannon (10 connections, fixed duration, loopback, on the same machine as the server) on GET /apis/admin/assistants/ with a bearer token, list of ~100. First event: fetch POST evaluate with Accept: text/event-stream, time to the first complete SSE event and to the first delta; one warm-up, then N runs; with the server default per-chunk delay and with _mock.delay_ms = 0.',
}

const pct = (v: number) => `${(v * 100).toFixed(0)}%`

/** Cold-page scenarios plus the warm runs of the heap series. */
function streamScenarios(s: NonNullable<Report['streaming']>): (StreamScenario & { warm?: boolean })[] {
  return [...s.scenarios, ...(s.heap && s.heap.warm.runs.length > 0 ? [{ ...s.heap.warm, warm: true }] : [])]
}

function scenarioName(s: StreamScenario & { warm?: boolean }): string {
  return `[${s.warm ? 'warm' : 'cold'}, delay ${s.delayMs} ms]`
}

export function evaluateTargets(r: Report): TargetResult[] {
  const out: TargetResult[] = []
  if (r.weight) {
    const ratio = r.weight.ratioList
    out.push({
      id: 'weight.ratio',
      target: 'assistants list gzip JS+CSS ≤ 0.2 × Swagger UI',
      actual: ratio.toFixed(3),
      met: ratio <= 0.2,
      margin:
        ratio <= 0.2
          ? `${kb((0.2 - ratio) * r.weight.swagger.total.gzip)} under budget`
          : `${kb((ratio - 0.2) * r.weight.swagger.total.gzip)} over budget`,
    })
    const monaco = r.weight.assistantsList.monacoLoaded
    out.push({
      id: 'weight.noMonacoOnList',
      target: 'no Monaco code on the assistants list',
      actual: monaco ? 'Monaco loaded' : 'none',
      met: !monaco,
      margin: null,
    })
  }
  if (r.coldLoad) {
    const ratio = r.coldLoad.ratio
    out.push({
      id: 'coldLoad.faster',
      target: 'console cold load faster than Swagger UI',
      actual: `${ms(r.coldLoad.console.paint.median)} vs ${ms(r.coldLoad.swagger.paint.median)} (ratio ${ratio.toFixed(2)})`,
      met: ratio < 1,
      margin: ratio < 1 ? `${pct(1 - ratio)} faster` : `${pct(ratio - 1)} slower`,
    })
  }
  if (r.streaming?.status === 'measured' && r.streaming.scenarios.length > 0) {
    const all = streamScenarios(r.streaming)
    const per = (f: (s: StreamScenario) => number) => all.map((s) => `${f(s)} ${scenarioName(s)}`).join(', ')
    const maxLong = Math.max(...all.map((s) => s.longTasks.max))
    const longest = Math.max(...all.map((s) => s.longestTask.max))
    out.push({
      id: 'streaming.longTasks',
      target: 'no long task over 50 ms while streaming',
      actual: `max ${maxLong} per run (${per((s) => s.longTasks.max)}); longest ${ms(longest)}`,
      met: maxLong === 0,
      margin: maxLong === 0 ? null : `${ms(longest - 50)} over on the longest`,
    })
    // A burst (delay 0) lands in one to a few network reads: its "chunk → paint" is one batch's processing
    // time, so it is reported (below and in the table) but the one-frame target applies to paced streams.
    const paced = all.filter((s) => s.delayMs > 0)
    const judged = paced.length > 0 ? paced : all
    const p95 = Math.max(...judged.map((s) => s.p95.median))
    out.push({
      id: 'streaming.p95',
      target: 'chunk → paint p95 ≤ 16 ms (worst paced scenario, median of runs)',
      actual: `${ms(p95)} (${per((s) => Math.round(s.p95.median * 10) / 10)})`,
      met: p95 <= 16,
      margin: p95 <= 16 ? `${ms(16 - p95)} to spare` : `${ms(p95 - 16)} over`,
    })
  } else {
    out.push({
      id: 'streaming',
      target: 'no long task > 50 ms; chunk → paint p95 ≤ 16 ms',
      actual: r.streaming?.reason ?? 'not measured',
      met: null,
      margin: null,
    })
  }
  if (r.bigList) {
    const p95 = r.bigList.keystroke.pooled.p95Ms
    out.push({
      id: 'bigList.keystroke',
      target: 'search keystroke → filtered list p95 ≤ 50 ms (10,000 assistants)',
      actual: ms(p95),
      met: p95 <= 50,
      margin: p95 <= 50 ? `${ms(50 - p95)} to spare` : `${ms(p95 - 50)} over`,
    })
  }
  out.push(...suite200Targets(r.suite200))
  return out
}

function weightRows(w: NonNullable<Report['weight']>): Row[] {
  const row = (label: string, p: PageWeight, note: string): Row => [
    label,
    kb(p.total.gzip),
    `js ${kb(p.js.gzip)}`,
    `css ${kb(p.css.gzip)}`,
    note,
  ]
  return [
    row(
      'assistants list',
      w.assistantsList,
      `${w.assistantsList.files.length} files; Monaco: ${w.assistantsList.monacoLoaded ? 'YES' : 'no'}`,
    ),
    row(
      `assistant edit`,
      w.assistantEdit,
      `${w.assistantEdit.files.length} files; Monaco: ${w.assistantEdit.monacoLoaded ? 'yes' : 'no'}${w.assistantEdit.ready ? '' : ' (editor never showed)'}`,
    ),
    row('Swagger UI', w.swagger, `${w.swagger.files.length} files`),
    valueRow('ratio list / Swagger', w.ratioList.toFixed(3), 'target ≤ 0.2'),
    valueRow('ratio edit / Swagger', w.ratioEdit.toFixed(3)),
  ]
}

export function printReport(r: Report): void {
  const m = r.machine
  if (m)
    console.log(
      `\nMachine: ${m.cores} cores, ${m.cpuModel}, ${m.memoryGiB} GiB; node ${m.node}; Chromium ${m.chromium}; load average ${m.loadAverage1m} at start, ${m.loadAverage1mEnd ?? '?'} at end`,
    )
  if (r.weight) {
    console.log(renderTable('1. Weight (gzip)', weightRows(r.weight), ['', 'total', 'js', 'css', '']))
    const comp: Row[] = r.weight.listComposition.map((p) => [p.name, kb(p.gzipEstimate), kb(p.rawBytes), '', ''])
    const files: Row[] = r.weight.largestListFiles.map((f) => [
      f.path,
      kb(f.gzip),
      kb(f.bytes),
      '',
      f.monaco ? 'Monaco' : '',
    ])
    if (comp.length > 0)
      console.log(
        renderTable('   Assistants list JS by package (source maps; gzip estimated)', comp, [
          '',
          '≈gzip',
          'raw',
          '',
          '',
        ]),
      )
    console.log(renderTable('   Assistants list, largest files', files, ['', 'gzip', 'raw', '', '']))
  }
  if (r.coldLoad) {
    const c = r.coldLoad
    console.log(
      renderTable(`2. Cold load (navigation → painted, ${c.runs} runs each, alternating)`, [
        summaryRow('console /assistants (first row)', c.console.paint, ms),
        summaryRow('Swagger UI (first .opblock)', c.swagger.paint, ms),
        valueRow('ratio console / Swagger', c.ratio.toFixed(2), 'target < 1'),
      ]),
    )
  }
  if (r.streaming) {
    const s = r.streaming
    const rows: Row[] = []
    for (const sc of streamScenarios(s)) {
      const tag = `${sc.chunks} chunks ${scenarioName(sc)}`
      rows.push(summaryRow(`${tag}: chunk→paint p50`, sc.p50, ms))
      rows.push(summaryRow(`${tag}: chunk→paint p95`, sc.p95, ms, 'target ≤ 16 ms'))
      rows.push(summaryRow(`${tag}: long tasks > 50 ms`, sc.longTasks, (v) => num(v), 'target 0'))
      rows.push(summaryRow(`${tag}: longest task`, sc.longestTask, ms))
      rows.push(summaryRow(`${tag}: run duration`, sc.duration, ms, `method: ${sc.runs[0]?.method ?? '—'}`))
    }
    if (s.heap) {
      const mb = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`
      rows.push(valueRow('JS heap before runs', mb(s.heap.beforeBytes)))
      rows.push(valueRow('JS heap after 1 run', mb(s.heap.afterFirstBytes)))
      rows.push(
        valueRow(`JS heap after ${s.heap.runs} runs`, mb(s.heap.afterLastBytes), `growth ${mb(s.heap.growthBytes)}`),
      )
    }
    if (s.status === 'skipped') rows.push(valueRow('skipped', '', s.reason ?? ''))
    console.log(
      renderTable(
        `3. Streaming (playground, ${s.assistant}; cold = fresh page per run, warm = runs 2..N in one page)`,
        rows,
      ),
    )
  }
  if (r.bigList) {
    const b = r.bigList
    console.log(
      renderTable(`4. Big list (${b.assistants} assistants)`, [
        summaryRow('cold load to first rows', b.firstRows.paint, ms),
        summaryRow('keystroke → painted p50 (per run)', b.keystroke.p50, ms),
        summaryRow('keystroke → painted p95 (per run)', b.keystroke.p95, ms),
        valueRow(
          'keystroke p95, all keys pooled',
          ms(b.keystroke.pooled.p95Ms),
          `n=${b.keystroke.pooled.n}, max ${ms(b.keystroke.pooled.maxMs)}; target ≤ 50 ms`,
        ),
      ]),
    )
  }
  if (r.mockBackend) {
    const mb = r.mockBackend
    const rows: Row[] = [
      summaryRow(
        `GET list (${mb.list.items} items) req/s`,
        mb.list.requestsPerSec,
        (v) => num(v),
        `${mb.list.connections} conns × ${mb.list.seconds} s`,
      ),
      summaryRow('GET list latency p99', mb.list.latencyP99Ms, ms),
    ]
    for (const f of mb.firstEvent) {
      const tag = f.delayMs === null ? 'server delay' : `delay_ms ${f.delayMs}`
      rows.push(
        summaryRow(`evaluate first event (${tag})`, f.firstEventMs, ms, `"${f.firstEventName}", ${f.runs} runs`),
      )
      rows.push(summaryRow(`evaluate first delta (${tag})`, f.firstDeltaMs, ms))
    }
    console.log(renderTable('5. Mock backend (loopback)', rows))
  }
  if (r.suite200) printSuite200(r.suite200)
  console.log('\nTargets')
  for (const t of r.targets) {
    const mark = t.met === null ? 'n/a ' : t.met ? 'MET ' : 'MISS'
    console.log(`  ${mark}  ${t.target}: ${t.actual}${t.margin ? ` (${t.margin})` : ''}`)
  }
  for (const e of r.errors) console.log(`  ERROR in ${e.section}: ${e.message.split('\n')[0]}`)
}
