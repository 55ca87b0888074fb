/**
 * The other platforms' mocks beside Deepdesk's, each under `/platforms/<name>`
 * followed by that platform's own paths, in the same process (`npm start`,
 * `npm run mock`). Also what the console's environment list needs to offer
 * them (demo keys, Deepslate's demo tenant), and one place to read every
 * platform's contract-conformance report.
 */
import { Hono } from 'hono'
import { DEEPSLATE_DEMO_ORGANIZATION_ID, DEEPSLATE_DEMO_VENDOR_ID } from '../../src/contract/deepslate/demo'
import type { ConformanceReport } from '../mock/conformance-middleware'
import { createDeepslateApp } from './deepslate/app'
import { resolveDeepslateOptions } from './deepslate/options'
import { createFlowiseApp } from './flowise/app'
import { resolveFlowiseOptions } from './flowise/options'
import { createGriptapeApp } from './griptape/app'
import { resolveGriptapeOptions } from './griptape/options'

export interface PlatformMockOptions {
  validateResponses?: boolean
  env?: Record<string, string | undefined>
  log?: (line: string) => void
}

export interface PlatformMocksInfo {
  deepslate: { apiKey: string; vendorId: string; organizationId: string }
  flowise: { apiKey: string }
  griptape: { apiKey: string }
}

export interface PlatformMocks {
  /** Mount at the root of the mock server: it answers `/platforms/*` only. */
  app: Hono
  info: PlatformMocksInfo
  /** Every platform's conformance report (when validateResponses is on). */
  reports: () => Promise<Record<string, { checked: number; violations: unknown[] }>>
  dispose: () => void
}

export const PLATFORM_MOCK_PREFIX = '/platforms'

export function createPlatformMocks(options: PlatformMockOptions = {}): PlatformMocks {
  const env = options.env ?? process.env
  const validateResponses = options.validateResponses ?? false
  const log = options.log ?? (() => undefined)
  const deepslateKey = resolveDeepslateOptions({ env }).apiKey
  const flowiseKey = resolveFlowiseOptions({ env }).apiKey
  const griptapeKey = resolveGriptapeOptions({ env }).apiKey

  const deepslate = createDeepslateApp({ env, validateResponses, log })
  const flowiseReport: ConformanceReport = { checked: 0, violations: [] }
  const flowise = createFlowiseApp({ env, log, ...(validateResponses ? { conformanceReport: flowiseReport } : {}) })
  const griptape = createGriptapeApp({
    env,
    validateResponses,
    log,
    basePath: `${PLATFORM_MOCK_PREFIX}/griptape`,
  })

  const app = new Hono()
  app.route(`${PLATFORM_MOCK_PREFIX}/deepslate`, deepslate)
  app.route(`${PLATFORM_MOCK_PREFIX}/flowise`, flowise)
  app.route(`${PLATFORM_MOCK_PREFIX}/griptape`, griptape)

  const read = async (sub: { request: (path: string) => Response | Promise<Response> }) =>
    (await (await sub.request('/mock/conformance')).json()) as { checked: number; violations: unknown[] }

  return {
    app,
    info: {
      deepslate: {
        apiKey: deepslateKey,
        vendorId: DEEPSLATE_DEMO_VENDOR_ID,
        organizationId: DEEPSLATE_DEMO_ORGANIZATION_ID,
      },
      flowise: { apiKey: flowiseKey },
      griptape: { apiKey: griptapeKey },
    },
    reports: async () => ({
      deepslate: await read(deepslate),
      flowise: flowiseReport,
      griptape: await read(griptape),
    }),
    dispose: () => griptape.dispose(),
  }
}
