// Runs Prism (a third-party mock server) from the PUBLISHED Admin API spec, for
// the conformance e2e tests: `node scripts/prism-mock.mjs --port 4280 [--dynamic --seed 7]`.
//
// The published spec has no OAuth token endpoint (contract/README.md: it is
// described in prose only), so the console could not sign in. We add exactly
// that one path, as the guide describes it, to a copy of the spec; every other
// path and schema is the published text, untouched.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parse, stringify } from 'yaml'

const PUBLISHED_SPEC = resolve(process.env.PUBLISHED_SPEC ?? '../shared/contract/admin-openapi.yaml')

/** `POST /oauth/token/` as the guide describes it (client credentials, form-encoded). */
const tokenPath = {
  post: {
    operationId: 'oauthToken',
    description: 'Added for the conformance tests: the guide describes this endpoint in prose only.',
    security: [],
    requestBody: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: {
            type: 'object',
            required: ['grant_type'],
            properties: {
              grant_type: { type: 'string' },
              client_id: { type: 'string' },
              client_secret: { type: 'string' },
              scope: { type: 'string' },
            },
          },
        },
      },
    },
    responses: {
      200: {
        description: 'A bearer token',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['access_token', 'token_type', 'expires_in', 'scope'],
              properties: {
                access_token: { type: 'string', minLength: 8 },
                token_type: { type: 'string', enum: ['Bearer'] },
                expires_in: { type: 'integer', minimum: 3600, maximum: 86400 },
                scope: { type: 'string', enum: ['assistants:read assistants:write'] },
              },
            },
            example: {
              access_token: 'prism-token',
              token_type: 'Bearer',
              expires_in: 3600,
              scope: 'assistants:read assistants:write',
            },
          },
        },
      },
    },
  },
}

export function specWithTokenEndpoint(publishedText) {
  const spec = parse(publishedText)
  spec.paths = { '/oauth/token/': tokenPath, ...spec.paths }
  return stringify(spec)
}

function writeSpec() {
  const dir = join(tmpdir(), 'assistants-console-prism')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `admin-openapi.with-token.${process.pid}.yaml`)
  writeFileSync(`${file}.tmp`, specWithTokenEndpoint(readFileSync(PUBLISHED_SPEC, 'utf8')))
  renameSync(`${file}.tmp`, file)
  return file
}

const require = createRequire(import.meta.url)
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js')
const child = spawn(process.execPath, [prismBin, 'mock', writeSpec(), ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
