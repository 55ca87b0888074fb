/**
 * Best-effort cleanup of a draft test's temporary copy when the tab closes or
 * navigates away mid-run. `pagehide` cannot wait for a token, so the header is
 * read ahead (and refreshed while the run lasts); the DELETE goes out as a
 * `keepalive` fetch, which the browser may send after the page is gone.
 * Limits: a crash, a killed browser or a closed laptop never fire `pagehide`,
 * and a token that expired in between is refused; those copies are found later
 * by their code (see findLeftoverCopies) and offered for deletion.
 */
import type { ApiClient } from '@/api/http-client'
import { assistantPath } from '@/api/resources/assistants'

/** Token lifetimes are an hour or more; refresh well inside that. */
const REFRESH_MS = 5 * 60_000

export interface CopyGuard {
  /** Stops watching (the copy was deleted the ordinary way). */
  release: () => void
}

export function guardCopyOnPageHide(client: ApiClient, code: string, target: Window = window): CopyGuard {
  let authorization: string | null = null
  const read = () =>
    client.authorization().then(
      (value) => {
        authorization = value
      },
      () => undefined, // No token now: the ordinary DELETE will say why; pagehide then sends without one.
    )
  void read()
  const timer = setInterval(() => void read(), REFRESH_MS)
  const onPageHide = () => {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (authorization) headers.Authorization = authorization
    void fetch(client.url(assistantPath(code)), {
      method: 'DELETE',
      keepalive: true,
      credentials: 'omit',
      headers,
    }).catch(() => undefined)
  }
  target.addEventListener('pagehide', onPageHide)
  return {
    release: () => {
      clearInterval(timer)
      target.removeEventListener('pagehide', onPageHide)
    },
  }
}
