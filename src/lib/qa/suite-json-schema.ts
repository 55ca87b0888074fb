/**
 * The JSON Schema of the suite file format, generated from the zod schema (the
 * source of truth) so editors can validate and complete suites kept in git.
 * `npx tsx scripts/gen-suite-schema.ts` writes it to contract/suite.schema.json;
 * a unit test fails when the committed file is out of date.
 */
import { z } from 'zod'
import { SUITE_FORMAT, SUITE_FORMAT_VERSION, suiteSchema } from './suite-format'

export const SUITE_SCHEMA_FILE = 'contract/suite.schema.json'

export function suiteJsonSchema(): Record<string, unknown> {
  // `input`: what a file may contain (fields with defaults may be left out).
  const generated = z.toJSONSchema(suiteSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return {
    $schema,
    $id: 'https://assistants-console.local/contract/suite.schema.json',
    title: `QA suite (${SUITE_FORMAT}, version ${SUITE_FORMAT_VERSION})`,
    description:
      'A QA suite of test cases with assertions, run by the console and by `npm run suite`. Documented in suites/README.md. Generated from src/lib/qa/suite-format.ts: do not edit by hand.',
    ...rest,
  }
}
