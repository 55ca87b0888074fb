/** `GET /credentials`: Flowise's credential list (never the secret data), optionally `?credentialName=`. */
import type { Hono } from 'hono'
import type { FlowiseStore } from '../store'

export function registerCredentials(app: Hono, store: FlowiseStore): void {
  app.get('/credentials', (c) => {
    const names = c.req.queries('credentialName') ?? []
    const all = [...store.credentials.values()]
    return c.json(names.length > 0 ? all.filter((cred) => names.includes(cred.credentialName)) : all)
  })
}
