/** What every route gets: the store, the run engine, the options, and who is calling. */
import type { Hono } from 'hono'
import type { RunEngine } from './engine'
import type { ResolvedGriptapeOptions } from './options'
import type { GriptapeStore } from './store'

export interface GriptapeEnv {
  Variables: {
    /** The user the bearer key acts for (the demo user for the demo key). */
    caller: string
  }
}

export type GriptapeHono = Hono<GriptapeEnv>

export interface Deps {
  store: GriptapeStore
  engine: RunEngine
  options: ResolvedGriptapeOptions
  /** The user the demo key acts for. */
  demoUserId: string
  iso: () => string
}
