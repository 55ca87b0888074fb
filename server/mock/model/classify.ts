/** Keyword classifiers for the seeded sentiment/intent and escalation assistants. Deterministic by design. */
import { keywords } from './text'

const NEGATIVE = [
  'angry',
  'annoy',
  'bad',
  'disappoint',
  'frustrat',
  'terribl',
  'unacceptabl',
  'wors',
  'complain',
  'ridiculous',
  'wait',
  'still',
  'never',
  'wrong',
]
const POSITIVE = ['great', 'thank', 'perfect', 'happy', 'love', 'excellent', 'appreciat', 'helpful', 'nice', 'glad']
const ESCALATION = [
  'manager',
  'supervisor',
  'complaint',
  'lawyer',
  'legal',
  'unacceptabl',
  'cancel',
  'refund',
  'third',
  'again',
  'ridiculous',
]

const INTENTS: Array<[string, string[]]> = [
  ['change_subscription', ['subscription', 'plan', 'upgrad', 'downgrad', 'chang']],
  ['billing_question', ['invoic', 'bill', 'charg', 'payment', 'refund', 'pric']],
  ['delivery_status', ['deliver', 'packag', 'parcel', 'track', 'order', 'shipp']],
  ['technical_issue', ['error', 'login', 'password', 'app', 'broken', 'crash', 'work', 'router', 'internet']],
  ['cancel_contract', ['cancel', 'terminat', 'contract', 'leav']],
]

function hits(stems: string[], vocabulary: string[]): string[] {
  return stems.filter((s) => vocabulary.some((v) => s.startsWith(v)))
}

export interface Classification {
  sentiment: 'positive' | 'neutral' | 'negative'
  intent: string
  confidence: number
  signals: string[]
}

export function classify(text: string): Classification {
  const stems = keywords(text)
  const negative = hits(stems, NEGATIVE)
  const positive = hits(stems, POSITIVE)
  const sentiment =
    negative.length > positive.length ? 'negative' : positive.length > negative.length ? 'positive' : 'neutral'
  let intent = 'general_question'
  let best = 0
  for (const [name, vocabulary] of INTENTS) {
    const score = hits(stems, vocabulary).length
    if (score > best) {
      intent = name
      best = score
    }
  }
  // A confidence that grows with evidence, capped below certainty: it is a mock.
  const confidence = Math.min(0.95, 0.5 + 0.1 * best)
  return {
    sentiment,
    intent,
    confidence: Math.round(confidence * 100) / 100,
    signals: [...new Set([...negative, ...positive])],
  }
}

export interface Escalation {
  escalate: boolean
  reason: string
  signals: string[]
}

export function detectEscalation(text: string): Escalation {
  const signals = [...new Set(hits(keywords(text), ESCALATION))]
  const escalate = signals.length >= 2
  const reason = escalate
    ? `The customer shows ${signals.length} escalation signals (${signals.join(', ')}).`
    : signals.length === 1
      ? `One weak signal (${signals[0]}); no escalation needed yet.`
      : 'No escalation signals in the conversation.'
  return { escalate, reason, signals }
}
