/**
 * The Griptape mock's stand-in for an LLM: a reply that depends only on the
 * assistant, the input and the args, cut into chunks at word boundaries.
 * Deterministic, so tests and demos can rely on it.
 */
import type { AssistantRecord } from './store'

const STOP_WORDS = new Set(
  'a about all also an and any are been but can could did do does for from get got has have how i in into is it its just know like make many me more most much my need not of on only or our out over please should some tell than that the then there they this to very want was were what when where which who why will with work would you your'.split(
    ' ',
  ),
)

function topics(text: string, n: number): string[] {
  // Map order is first occurrence: among equally frequent words, the earliest wins.
  const counts = new Map<string, number>()
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []) {
    if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w]) => w)
}

function firstSentence(text: string): string {
  const sentence = /^[^.!?\n]*[.!?]?/.exec(text.trim())?.[0] ?? ''
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence
}

export function scriptedReply(assistant: AssistantRecord, input: string | undefined, args: readonly string[]): string {
  const question = (input ?? '').trim()
  const about = topics(question, 2)
  const parts = [`Hi, this is ${assistant.name}.`]
  if (question === '') parts.push('No input was given, so here is what I can do.')
  else if (about.length > 0) parts.push(`You asked about ${about.join(' and ')}.`)
  else parts.push(`You wrote: "${question.length > 120 ? `${question.slice(0, 117)}...` : question}".`)
  if (assistant.input) parts.push(`Following my instructions (${firstSentence(assistant.input)}), here is my answer.`)
  if (args.length > 0) parts.push(`I took these arguments into account: ${args.join(', ')}.`)
  parts.push(
    about.length > 0
      ? `In short: start with the ${about[0]} basics, check the details that apply to you, and ask me for the next step.`
      : 'In short: tell me what you need and I will walk you through it.',
  )
  return parts.join(' ')
}

/** Exactly `n` pieces (fewer when there are fewer words), cut after whitespace; joined they give `text` back. */
export function splitChunks(text: string, n: number): string[] {
  const words = text.match(/\S+\s*/g) ?? [text]
  const count = Math.max(1, Math.min(n, words.length))
  const pieces: string[] = []
  for (let i = 0; i < count; i += 1) {
    const from = Math.floor((i * words.length) / count)
    const to = Math.floor(((i + 1) * words.length) / count)
    pieces.push(words.slice(from, to).join(''))
  }
  return pieces
}
