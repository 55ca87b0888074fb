/**
 * The second tenant's seed ("production"): the default tenant's seed with three
 * deliberate differences, so comparing the two environments has something to
 * show: the conversation summarizer runs older instructions, the `demo-crm` API
 * is missing, and the routing assistant's subscriptions route only takes Dutch.
 */
import { buildSeed } from '../seed/build-seed'
import type { MutableState } from '../store/state'

export const PRODUCTION_DIFFERENCES = {
  olderAssistant: 'demo-conversation-summarizer',
  missingApi: 'demo-crm',
  changedRouteId: 2,
} as const

export const OLDER_SUMMARIZER_INSTRUCTIONS =
  'You summarize customer service conversations for the agent who takes over.\nWrite at most five sentences.'

/** `publicUrl`: the server's origin; the CX platform API points at the default tenant's fake platform, as on staging. */
export function buildProductionSeed(publicUrl: string): MutableState {
  const state = buildSeed(publicUrl, 0)
  const summarizer = state.assistants.find((a) => a.code === PRODUCTION_DIFFERENCES.olderAssistant)
  if (summarizer) summarizer.instructions = OLDER_SUMMARIZER_INSTRUCTIONS
  state.apis = state.apis.filter((a) => a.code !== PRODUCTION_DIFFERENCES.missingApi)
  const route = state.routes.find((r) => r.id === PRODUCTION_DIFFERENCES.changedRouteId)
  if (route)
    route.tags = { and: [{ '==': [{ var: 'queue' }, 'subscriptions'] }, { '==': [{ var: 'language' }, 'nl'] }] }
  return state
}
