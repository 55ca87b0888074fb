/** `npm run mock`: the mock backend on 127.0.0.1:4010 (PORT/HOST override); see options.ts for MOCK_* variables. */
import { startMockServer } from './app'
import { optionsFromEnv, READONLY_CLIENT, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from './options'

const options = optionsFromEnv(process.env, process.argv.slice(2))
const port = Number(process.env.PORT ?? 4010)
const host = process.env.HOST ?? '127.0.0.1'

const server = await startMockServer({ ...options, port, host, log: (line) => console.log(line) })
const id = options.clientId ?? DEFAULT_CLIENT_ID
const secret = options.clientSecret ?? DEFAULT_CLIENT_SECRET
console.log(`Mock Deepdesk backend on ${server.url}`)
console.log(`  client (read + write): ${id} / ${secret}`)
console.log(`  client (read only):    ${READONLY_CLIENT.clientId} / ${READONLY_CLIENT.clientSecret}`)
console.log(
  `  token: curl -X POST ${server.url}/oauth/token/ -d grant_type=client_credentials -d client_id=${id} -d client_secret=${secret} -d "scope=assistants:read assistants:write"`,
)
console.log(
  `  data: ${options.dataFile ?? 'in memory'}; outbound calls: ${options.allowOutbound ? 'allowed' : 'loopback only'}`,
)
console.log(
  `  production tenant: ${server.url}/tenants/production (same paths and clients, own data; seeded with a few differences)`,
)
console.log(`  other platforms: ${server.url}/platforms/deepslate, /platforms/flowise, /platforms/griptape`)
console.log(
  `    keys: demo-deepslate-key, demo-flowise-key, demo-griptape-key (DEEPSLATE_DEMO_KEY, FLOWISE_DEMO_KEY, GRIPTAPE_DEMO_KEY override)`,
)

function shutdown() {
  void server.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
