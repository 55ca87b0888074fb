/** Versions of an assistant: each save keeps the version it replaced; History diffs any two; restore goes through review. */
import { test, expect } from './support/test'
import { expectNoSeriousA11yViolations } from './support/a11y'
import { assistantUrl, typeInstructions } from './support/assistant-form'

test('two saves keep two earlier versions; History diffs them and a restore is reviewed before saving', async ({
  page,
  api,
}) => {
  const a = await api.createAssistant({ instructions: 'First instructions.' })
  await page.goto(`/assistants/${a.code}`)
  const save = async () => {
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const review = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
    await review.getByRole('button', { name: 'Save changes' }).click()
    await expect(review).toBeHidden()
    await expect(page.getByText('No unsaved changes')).toBeVisible()
  }
  await typeInstructions(page, 'Second instructions.', { replace: true })
  await save()
  await typeInstructions(page, 'Third instructions.', { replace: true })
  await page.getByRole('textbox', { name: 'Name name' }).fill('Renamed')
  await save()

  await page.getByRole('navigation', { name: 'Assistant sections' }).getByRole('link', { name: 'History' }).click()
  const versions = page.getByRole('list', { name: 'Versions' })
  await expect(versions.getByRole('listitem')).toHaveCount(3)
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Then changed: Name, Instructions')
  await expect(versions.getByRole('listitem').nth(2)).toContainText('Then changed: Instructions')
  await expectNoSeriousA11yViolations(page)

  // Default: the newest earlier version against the current one.
  await expect(page.getByRole('status').filter({ hasText: 'differ' })).toHaveText(
    '2 fields differ: Name, Instructions.',
  )
  await expect(page.getByRole('table', { name: 'Other fields that differ' })).toContainText('Renamed')
  // The two earlier versions against each other.
  await page.getByRole('combobox', { name: 'Compare' }).selectOption({ index: 2 }) // Version 1
  await page.getByRole('combobox', { name: 'with' }).selectOption({ index: 1 }) // Version 2
  await expect(page.getByRole('status').filter({ hasText: 'differ' })).toHaveText('1 field differ: Instructions.')
  await expect(page.getByRole('region', { name: 'Instructions diff' })).toContainText('First instructions.')

  // Restore version 1: loaded as unsaved changes, nothing written until the review.
  await versions.getByRole('link', { name: 'Restore version 1' }).click()
  await expect(page.getByRole('textbox', { name: 'Name name' })).toHaveValue(a.name)
  expect((await api.call<{ instructions: string }>('GET', assistantUrl(a.code))).body.instructions).toBe(
    'Third instructions.',
  )
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const review = page.getByRole('dialog', { name: `Review changes to ${a.code}` })
  await expect(review).toContainText('Instructions')
  await review.getByRole('button', { name: 'Save changes' }).click()
  await expect(review).toBeHidden()
  await expect
    .poll(async () => (await api.call<{ instructions: string; name: string }>('GET', assistantUrl(a.code))).body)
    .toMatchObject({ instructions: 'First instructions.', name: a.name })
})
