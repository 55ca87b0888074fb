/**
 * How a draft test's temporary copy is named: `<code>--draft-test-<6 [a-z0-9]>`,
 * within the contract's code rules (`^[a-z0-9-]+$`, at most 255 characters).
 * Apart from draft-copy.ts so the assistants list can spot leftover copies
 * without loading anything else.
 */
export const DRAFT_COPY_MARK = '--draft-test-'
const MAX_CODE = 255
const SUFFIX_LENGTH = 6
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

const DRAFT_COPY_PATTERN = new RegExp(`^[a-z0-9-]+${DRAFT_COPY_MARK}[a-z0-9]{${SUFFIX_LENGTH}}$`)

export function randomSuffix(random: () => number = Math.random): string {
  let s = ''
  for (let i = 0; i < SUFFIX_LENGTH; i += 1) s += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'x'
  return s
}

/** `<code>--draft-test-<suffix>`, the original cut so the whole stays within 255 characters. */
export function draftCopyCode(originalCode: string, suffix: string = randomSuffix()): string {
  const room = MAX_CODE - DRAFT_COPY_MARK.length - suffix.length
  return `${originalCode.slice(0, room)}${DRAFT_COPY_MARK}${suffix}`
}

export function isDraftCopyCode(code: string): boolean {
  return DRAFT_COPY_PATTERN.test(code)
}

/** The code the copy was made from (possibly cut short for very long codes). */
export function draftCopyOrigin(code: string): string | null {
  if (!isDraftCopyCode(code)) return null
  return code.slice(0, code.length - DRAFT_COPY_MARK.length - SUFFIX_LENGTH)
}

/** Copies left behind (a crash, a closed laptop), by code pattern. */
export function findLeftoverCopies<A extends { code: string }>(assistants: readonly A[]): A[] {
  return assistants.filter((a) => isDraftCopyCode(a.code))
}
