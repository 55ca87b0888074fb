/** Helpers for driving the assistant form as a user does (Monaco included). */
import type { Page } from '@playwright/test'

/** Types into the instructions editor; `replace` selects everything first. */
export async function typeInstructions(page: Page, text: string, opts: { replace?: boolean } = {}): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Instructions' })
  await editor.focus()
  if (opts.replace) await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(text)
}

/** The form values of every draft in the page's IndexedDB (idb-keyval's default store), under the console's prefix. */
export function readDrafts(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const open = indexedDB.open('keyval-store')
        open.onerror = () => resolve([])
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('keyval')) return resolve([])
          const store = db.transaction('keyval').objectStore('keyval')
          const keys = store.getAllKeys()
          const values = store.getAll()
          values.onsuccess = () =>
            resolve(
              values.result
                .filter((_, i) => String(keys.result[i]).includes(':draft:'))
                .map((d) => (d as { values: Record<string, unknown> }).values),
            )
          values.onerror = () => resolve([])
        }
      }),
  )
}

export const assistantUrl = (code: string) => `/apis/admin/assistants/${code}/`
