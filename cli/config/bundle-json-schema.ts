/**
 * contract/bundle.schema.json is generated from the bundle's zod schema (the
 * one source of truth): `npx tsx cli/config/write-bundle-schema.ts` rewrites
 * it, and a test fails when it is out of date.
 */
import { z } from 'zod'
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema } from '@/lib/account/bundle'

export const BUNDLE_SCHEMA_FILE = new URL('../../contract/bundle.schema.json', import.meta.url)

export function bundleJsonSchema(): Record<string, unknown> {
  // `input`: what a file may hold (defaults make lists and headers optional).
  const generated = z.toJSONSchema(bundleSchema, { io: 'input', target: 'draft-2020-12' })
  return {
    ...generated,
    $id: 'https://assistants-console.local/contract/bundle.schema.json',
    title: `${BUNDLE_FORMAT} v${BUNDLE_VERSION}`,
    description:
      'APIs, assistants and routes of a Deepdesk account as configuration (npm run config, the console\'s import/export). Header values are never exported: each is a placeholder "${secret:<api code>/<header>}", supplied at import.',
  }
}
