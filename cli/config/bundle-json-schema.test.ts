import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { serializeBundle, toBundle } from '@/lib/account/bundle'
import { BUNDLE_SCHEMA_FILE, bundleJsonSchema } from './bundle-json-schema'

describe('contract/bundle.schema.json', () => {
  it('is generated from the zod schema and current (npx tsx cli/config/write-bundle-schema.ts)', () => {
    expect(JSON.parse(readFileSync(BUNDLE_SCHEMA_FILE, 'utf8'))).toEqual(bundleJsonSchema())
  })

  it('accepts an exported bundle and refuses a wrong version', () => {
    const validate = new Ajv2020({ strict: false }).compile(bundleJsonSchema())
    const bundle = toBundle({
      connectionKey: 'k',
      label: 'staging',
      readAt: 0,
      apis: [{ code: 'crm', url: 'https://crm.example.com', headers: { Authorization: 'fp' } }],
      assistants: [],
      routes: [{ assistant: 'a', rule: { '==': [1, 1] }, key: 'a {}' }],
      problems: [],
    })
    expect(validate(JSON.parse(serializeBundle(bundle)))).toBe(true)
    expect(validate({ ...bundle, version: 2 })).toBe(false)
  })
})
