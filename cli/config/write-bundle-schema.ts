/** Rewrites contract/bundle.schema.json from the bundle's zod schema. */
import { writeFileSync } from 'node:fs'
import { BUNDLE_SCHEMA_FILE, bundleJsonSchema } from './bundle-json-schema'

writeFileSync(BUNDLE_SCHEMA_FILE, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`)
console.log(`Wrote ${BUNDLE_SCHEMA_FILE.pathname}`)
