import { Validator, type Schema } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'
import committed from '../../../contract/suite.schema.json'
import demo from '../../../suites/demo.json'
import { suiteJsonSchema } from './suite-json-schema'

describe('contract/suite.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npx tsx scripts/gen-suite-schema.ts)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(suiteJsonSchema())))
  })

  it('accepts the demo suite and rejects an unknown assertion type', () => {
    const validator = new Validator(committed as unknown as Schema, '2020-12', false)
    expect(validator.validate(demo).valid).toBe(true)
    const broken = structuredClone(demo) as { cases: { assertions: unknown[] }[] }
    broken.cases[0]?.assertions.push({ type: 'nope' })
    expect(validator.validate(broken).valid).toBe(false)
  })
})
