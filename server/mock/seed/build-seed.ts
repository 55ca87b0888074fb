/** A fresh copy of the seed: mutable state (what persistence saves) and the fixed catalogues. */
import type { MutableState, StaticState } from '../store/state'
import { generatedAssistants, SEED_ASSISTANTS } from './assistants'
import { seedApis } from './apis'
import { SEED_CONVERSATIONS } from './conversations'
import { SEED_MESSAGES, SEED_ROUTES, SEED_THREADS } from './routes-threads'
import { SEED_TOOLS } from './tools'

export function buildSeed(publicUrl: string, extraAssistants: number): MutableState {
  const assistants = [...SEED_ASSISTANTS, ...generatedAssistants(extraAssistants, SEED_ASSISTANTS.length + 1)]
  const apis = seedApis(publicUrl)
  // structuredClone: handlers mutate records in place, and the seed constants must stay pristine.
  return structuredClone({
    version: 1 as const,
    counters: {
      assistant: assistants.length,
      api: apis.length,
      route: SEED_ROUTES.length,
      thread: SEED_THREADS.length,
      message: SEED_MESSAGES.length,
      run: 0,
    },
    assistants,
    apis,
    routes: SEED_ROUTES,
    threads: SEED_THREADS,
    messages: SEED_MESSAGES,
  })
}

export function buildFixed(): StaticState {
  return structuredClone({ tools: SEED_TOOLS, conversations: SEED_CONVERSATIONS })
}
