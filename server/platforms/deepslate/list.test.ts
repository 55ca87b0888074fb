/** The paged list: page/size/totalPages, sort orders, the phone number filter, and bad query parameters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEEPSLATE_DEMO_PHONE_NUMBER_IDS, DEEPSLATE_DEMO_STRATEGY_ID } from '../../../src/contract/deepslate/demo'
import { ASSISTANTS, dataOf, fieldErrors, makeDeepslate } from './test-helpers'

const t = makeDeepslate()
afterAll(() => t.expectConformant())

const names = (res: Awaited<ReturnType<typeof t.call>>) => dataOf<Array<{ name: string }>>(res).map((a) => a.name)

beforeAll(async () => {
  // Five assistants in all: the three seeded and two more, one of them lower-case.
  for (const name of ['zulu desk', 'Bravo Line']) {
    const res = await t.call('POST', ASSISTANTS, {
      json: {
        name,
        systemPromptGreeting: '',
        systemPrompt: 'Help.',
        llmAudioContentGenerationStrategyId: DEEPSLATE_DEMO_STRATEGY_ID,
        extensions: [],
        callEventHooks: [],
        telephoneNumberId: DEEPSLATE_DEMO_PHONE_NUMBER_IDS.mainLine,
      },
    })
    expect(res.status).toBe(201)
  }
})

describe('paging', () => {
  it('defaults to page 0, size 20, sorted by name ascending (case-insensitive)', async () => {
    const res = await t.call('GET', ASSISTANTS)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ success: true, page: 0, size: 20, totalElements: 5, totalPages: 1 })
    expect(names(res)).toEqual([
      'After-Hours Line',
      'Bravo Line',
      'Front Desk Receptionist',
      'Order Status Assistant',
      'zulu desk',
    ])
    expect(Object.keys(dataOf<object[]>(res)[0] ?? {})).toEqual(['id', 'name', 'telephoneNumberId'])
  })

  it('splits into pages of `size`; a page past the end is empty', async () => {
    const pages = await Promise.all([0, 1, 2, 3].map((page) => t.call('GET', `${ASSISTANTS}?page=${page}&size=2`)))
    expect(pages.map((p) => names(p).length)).toEqual([2, 2, 1, 0])
    for (const [i, p] of pages.entries())
      expect(p.body).toMatchObject({ page: i, size: 2, totalElements: 5, totalPages: 3 })
    expect(pages.flatMap(names)).toEqual(names(await t.call('GET', ASSISTANTS)))
  })
})

describe('sort', () => {
  it('name,desc', async () => {
    expect(names(await t.call('GET', `${ASSISTANTS}?sort=name,desc`))[0]).toBe('zulu desk')
  })

  it('by telephone number, nulls last, then by name descending (two criteria)', async () => {
    const res = await t.call('GET', `${ASSISTANTS}?sort=telephoneNumberId,asc&sort=name,DESC`)
    expect(names(res)).toEqual([
      'zulu desk',
      'Front Desk Receptionist',
      'Bravo Line',
      'After-Hours Line',
      'Order Status Assistant',
    ])
  })

  it('several properties before one direction', async () => {
    const res = await t.call('GET', `${ASSISTANTS}?sort=telephoneNumberId,name`)
    expect(names(res)).toEqual([
      'Bravo Line',
      'Front Desk Receptionist',
      'zulu desk',
      'After-Hours Line',
      'Order Status Assistant',
    ])
  })
})

describe('phoneNumberId filter', () => {
  it('lists the assistants on one number, any case', async () => {
    const id = DEEPSLATE_DEMO_PHONE_NUMBER_IDS.mainLine.toUpperCase()
    const res = await t.call('GET', `${ASSISTANTS}?phoneNumberId=${id}`)
    expect(names(res)).toEqual(['Bravo Line', 'Front Desk Receptionist', 'zulu desk'])
    expect(res.body).toMatchObject({ totalElements: 3, totalPages: 1 })
  })

  it('a number nobody uses gives an empty page', async () => {
    const res = await t.call('GET', `${ASSISTANTS}?phoneNumberId=00000000-0000-0000-0000-000000000000`)
    expect(res.body).toMatchObject({ totalElements: 0, totalPages: 0, data: [] })
  })
})

describe('bad query parameters', () => {
  it('every bad parameter is named in one 400', async () => {
    const res = await t.call('GET', `${ASSISTANTS}?page=-1&size=500&sort=colour,asc&phoneNumberId=nope`)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ success: false, message: 'Invalid query parameter(s)' })
    expect(fieldErrors(res)).toEqual({
      page: ['must be greater than or equal to 0'],
      size: ['must be less than or equal to 100'],
      sort: [expect.stringContaining('unknown property "colour"')],
      phoneNumberId: ['must be a valid UUID'],
    })
  })

  it('non-integers and a malformed sort', async () => {
    const res = await t.call('GET', `${ASSISTANTS}?page=1.5&size=ten&sort=,desc`)
    expect(fieldErrors(res)).toEqual({
      page: ['must be an integer'],
      size: ['must be an integer'],
      sort: ['must be in the format property,(asc|desc)'],
    })
  })

  it('size 0 is refused; empty values fall back to the defaults', async () => {
    expect(fieldErrors(await t.call('GET', `${ASSISTANTS}?size=0`))).toEqual({
      size: ['must be greater than or equal to 1'],
    })
    const res = await t.call('GET', `${ASSISTANTS}?page=&size=&sort=&phoneNumberId=`)
    expect(res.body).toMatchObject({ page: 0, size: 20, totalElements: 5 })
  })
})
