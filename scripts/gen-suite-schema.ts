/** Writes contract/suite.schema.json from the zod suite schema (run: `npx tsx scripts/gen-suite-schema.ts`). */
import { writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { SUITE_SCHEMA_FILE, suiteJsonSchema } from '../src/lib/qa/suite-json-schema'

const file = new URL(`../${SUITE_SCHEMA_FILE}`, import.meta.url)
const options = (await resolveConfig(file)) ?? {}
// Written as Prettier formats it, so `npm run lint` (prettier --check) accepts the generated file.
const text = await format(JSON.stringify(suiteJsonSchema(), null, 2), { ...options, parser: 'json' })
writeFileSync(file, text)
console.log(`wrote ${SUITE_SCHEMA_FILE}`)
