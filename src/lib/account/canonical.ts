/**
 * Stable text for JSON values (object keys sorted) and short SHA-256
 * fingerprints, so the same rule, tool or header value read from two
 * environments gives the same key. Web Crypto: the same in the browser and Node.
 */
import type { JsonObject } from '@/contract/common'
import { isPlainObject } from '@/contract/common'
import { sha256 } from './sha256'

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** The first 16 hex characters of the text's SHA-256. */
export async function fingerprint(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  // Web Crypto exists only in secure contexts (https, localhost): plain http elsewhere gets the fallback.
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256(bytes)
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A route is the same across environments when its assistant and rule are. */
export function routeKey(assistant: string, rule: JsonObject): string {
  return `${assistant} ${canonicalJson(rule)}`
}

/** The assistant code of a route key (codes never contain spaces). */
export function routeAssistant(key: string): string {
  return key.slice(0, key.indexOf(' '))
}

/** A tool is the same across environments when its name and data are (ids differ). */
export async function toolKey(name: string, data: JsonObject): Promise<string> {
  return `${name}@${await fingerprint(canonicalJson(data))}`
}
