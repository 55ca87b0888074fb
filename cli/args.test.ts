import { describe, expect, it } from 'vitest'
import { parseCliArgs, type ParsedArgs } from './args'

const usage = (parsed: ParsedArgs): string =>
  parsed.kind === 'usage' ? parsed.message : `not a usage error: ${parsed.kind}`

describe('parseCliArgs', () => {
  it('files alone: embedded mock, defaults left to the suite', () => {
    expect(parseCliArgs(['suites/demo.json', 'suites/routing.json'])).toEqual({
      kind: 'run',
      options: {
        files: ['suites/demo.json', 'suites/routing.json'],
        baseUrl: null,
        credentials: null,
        repeat: null,
        concurrency: null,
        junit: null,
        json: null,
      },
    })
  })

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const parsed = parseCliArgs([
      'a.json',
      '--base-url=https://acme.deepdesk.com',
      '--client-id',
      'ci',
      '--client-secret',
      's3cret',
      '--repeat',
      '5',
      '--concurrency=4',
      '--junit',
      'out/junit.xml',
      '--json',
      'out/runs.json',
    ])
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        files: ['a.json'],
        baseUrl: 'https://acme.deepdesk.com',
        credentials: { kind: 'client', clientId: 'ci', clientSecret: 's3cret' },
        repeat: 5,
        concurrency: 4,
        junit: 'out/junit.xml',
        json: 'out/runs.json',
      },
    })
  })

  it('--help wins over everything else', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' })
    expect(parseCliArgs(['a.json', '-h', '--repeat', 'x'])).toEqual({ kind: 'help' })
  })

  it('a token instead of client credentials', () => {
    const parsed = parseCliArgs(['a.json', '--base-url', 'http://127.0.0.1:4010', '--token', 'tok'])
    expect(parsed.kind === 'run' && parsed.options.credentials).toEqual({ kind: 'token', token: 'tok' })
  })

  it('with --base-url, credentials may come from the environment (flags win)', () => {
    const env = { DEEPDESK_CLIENT_ID: 'env-id', DEEPDESK_CLIENT_SECRET: 'env-secret' }
    const fromEnv = parseCliArgs(['a.json', '--base-url', 'http://h'], env)
    expect(fromEnv.kind === 'run' && fromEnv.options.credentials).toEqual({
      kind: 'client',
      clientId: 'env-id',
      clientSecret: 'env-secret',
    })
    const mixed = parseCliArgs(['a.json', '--base-url', 'http://h', '--client-id', 'flag-id'], env)
    expect(mixed.kind === 'run' && mixed.options.credentials).toMatchObject({ clientId: 'flag-id' })
    const token = parseCliArgs(['a.json', '--base-url', 'http://h'], { DEEPDESK_TOKEN: 't' })
    expect(token.kind === 'run' && token.options.credentials).toEqual({ kind: 'token', token: 't' })
    // Without --base-url the environment is not read: the embedded mock has its own client.
    expect(parseCliArgs(['a.json'], env).kind).toBe('run')
  })

  it.each([
    [['--repeat', '3'], 'No suite file given'],
    [['a.json', '--bogus'], "Unknown option '--bogus'"],
    [['a.json', '--repeat', 'three'], '--repeat must be a whole number from 1 to 100, got "three"'],
    [['a.json', '--repeat', '0'], '--repeat must be a whole number'],
    [['a.json', '--repeat', '2.5'], '--repeat must be a whole number'],
    [['a.json', '--concurrency', '17'], '--concurrency must be a whole number from 1 to 16'],
    [['a.json', '--repeat'], "Option '--repeat <value>' argument missing"],
    [
      ['a.json', '--base-url', 'http://h', '--token', 't', '--client-id', 'i', '--client-secret', 's'],
      'either --client-id and --client-secret, or --token, not both',
    ],
    [['a.json', '--base-url', 'http://h', '--client-id', 'i'], '--client-id needs --client-secret'],
    [['a.json', '--base-url', 'http://h', '--client-secret', 's'], '--client-secret needs --client-id'],
    [['a.json', '--base-url', 'http://h'], '--base-url needs credentials'],
    [['a.json', '--token', 't'], 'Credentials need --base-url'],
    [['a.json', '--base-url', 'acme.deepdesk.com', '--token', 't'], '--base-url must be a URL'],
    [['a.json', '--base-url', 'ftp://h', '--token', 't'], '--base-url must be an http(s) URL'],
    [['a.json', '--junit='], '--junit needs a file name'],
  ])('usage error for %j', (argv, message) => {
    expect(usage(parseCliArgs(argv))).toContain(message)
  })
})
