import { describe, expect, it } from 'vitest'
import { formatTranscript, moveTurn, parseTranscript } from './transcript'

describe('parseTranscript', () => {
  it('parses Customer/Agent/Visitor lines into turns', () => {
    expect(parseTranscript('Customer: Hi there\nAgent: Hello!\nVisitor: I want to cancel')).toEqual([
      { speaker: 'customer', text: 'Hi there' },
      { speaker: 'agent', text: 'Hello!' },
      { speaker: 'customer', text: 'I want to cancel' },
    ])
  })

  it('is case-insensitive and accepts system, bot and user aliases', () => {
    expect(parseTranscript('SYSTEM: start\nbot: hi\nuser: yo')).toEqual([
      { speaker: 'system', text: 'start' },
      { speaker: 'agent', text: 'hi' },
      { speaker: 'customer', text: 'yo' },
    ])
  })

  it('continues the previous turn on unprefixed lines and skips blank lines', () => {
    expect(parseTranscript('Customer: line one\n\nline two\nAgent: ok')).toEqual([
      { speaker: 'customer', text: 'line one\nline two' },
      { speaker: 'agent', text: 'ok' },
    ])
  })

  it('keeps text after the first colon, and unknown prefixes as text', () => {
    expect(parseTranscript('Customer: time is 10:30: ok?\nNote: not a speaker')).toEqual([
      { speaker: 'customer', text: 'time is 10:30: ok?\nNote: not a speaker' },
    ])
  })

  it('accepts timestamps and bullets before the speaker', () => {
    expect(parseTranscript('[10:02] Visitor: hi\n- Agent: hello\nCustomer (Jan): yes')).toEqual([
      { speaker: 'customer', text: 'hi' },
      { speaker: 'agent', text: 'hello' },
      { speaker: 'customer', text: 'yes' },
    ])
  })

  it('treats text without any speaker as the customer, and handles CRLF', () => {
    expect(parseTranscript('just a question\r\nAgent: answer\r\n')).toEqual([
      { speaker: 'customer', text: 'just a question' },
      { speaker: 'agent', text: 'answer' },
    ])
  })

  it('returns no turns for empty input and round-trips with formatTranscript', () => {
    expect(parseTranscript('  \n ')).toEqual([])
    const turns = parseTranscript('Customer: a\nAgent: b\nSystem: c')
    expect(parseTranscript(formatTranscript(turns))).toEqual(turns)
  })
})

describe('moveTurn', () => {
  it('moves up and down and ignores out-of-range moves', () => {
    expect(moveTurn(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveTurn(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moveTurn(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveTurn(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})
