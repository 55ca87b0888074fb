/** Which fields an edit changes, shown while editing. Header changes are named, never their values. */
import type { ApiWrite } from '@/contract/api'
import { headerChanges, sameHeaders } from '../api-headers'

export function changedApiFields(before: ApiWrite, after: ApiWrite): (keyof ApiWrite)[] {
  const out: (keyof ApiWrite)[] = []
  if (before.code !== after.code) out.push('code')
  if (before.url !== after.url) out.push('url')
  if (!sameHeaders(before.headers, after.headers)) out.push('headers')
  return out
}

export function ApiChangeSummary({ before, after }: { before: ApiWrite; after: ApiWrite }) {
  const fields = changedApiFields(before, after)
  if (fields.length === 0) return null
  const hc = fields.includes('headers') ? headerChanges(before.headers, after.headers) : null
  return (
    <section
      aria-label="Unsaved changes"
      className="rounded-md border border-accent/30 bg-accent/5 px-3 py-2.5 text-sm"
    >
      <h3 className="font-medium">Changes to save</h3>
      <ul className="mt-1 flex flex-col gap-0.5 text-muted">
        {fields.includes('code') ? (
          <li>
            <code>code</code>: <span className="font-mono">{before.code}</span> →{' '}
            <span className="font-mono text-fg">{after.code}</span>
          </li>
        ) : null}
        {fields.includes('url') ? (
          <li className="break-all">
            <code>url</code>: <span className="font-mono">{before.url}</span> →{' '}
            <span className="font-mono text-fg">{after.url}</span>
          </li>
        ) : null}
        {fields.includes('headers') ? (
          <li>
            <code>headers</code>:{' '}
            {hc
              ? [
                  hc.added.length ? `added ${hc.added.join(', ')}` : null,
                  hc.changed.length ? `changed value of ${hc.changed.join(', ')}` : null,
                  hc.removed.length ? `removed ${hc.removed.join(', ')}` : null,
                ]
                  .filter(Boolean)
                  .join('; ') || 'reformatted'
              : 'edited (not valid JSON yet)'}
          </li>
        ) : null}
      </ul>
    </section>
  )
}
