/** Where bearer tokens come from: OAuth client credentials, or a token pasted by the user. */
import type { Scope } from '@/contract/oauth'

export interface AuthSource {
  getToken(signal?: AbortSignal): Promise<string>
  /** Forget the current token; returns whether a fresh one can be fetched. */
  invalidate(): boolean
  /** Granted scopes, when known. */
  readonly scopes: Scope[] | null
}
