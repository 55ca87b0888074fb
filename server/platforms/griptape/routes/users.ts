/** `GET /users`: the organization's users (the seed's list has no pagination). */
import type { Deps, GriptapeHono } from '../context'
import { userBody } from '../serialize'

export function registerUsers(app: GriptapeHono, deps: Deps): void {
  app.get('/users', (c) => c.json({ users: [...deps.store.users.values()].map(userBody) }))
}
