import { describe, expect, it } from 'vitest'
import { twMerge } from 'tailwind-merge'
import { cn, mergeClasses } from './cn'

/**
 * Static class lists of the console's components: `bases` from files that merge classes with cn()
 * (a component's own classes and variants), `overrides` every className="…" a caller writes.
 */
function classListsInSource(): { bases: string[]; overrides: string[] } {
  // The components' source text, through Vite's glob import (browser code may not use node:fs).
  const sources = import.meta.glob<string>(['/src/**/*.tsx', '!/src/**/*.test.tsx'], {
    query: '?raw',
    import: 'default',
    eager: true,
  })
  const lists = new Set<string>()
  const bases = new Set<string>()
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/className="([^"]+)"/g)) lists.add(m[1] as string)
    if (!text.includes('cn(')) continue
    for (const m of text.matchAll(/['`]((?:[a-z!-][\w:/[\]().%!-]*\s+){1,}[a-z!-][\w:/[\]().%!-]*)['`]/g)) {
      const value = m[1] as string
      if (/\b(text|bg|px|py|p|h|w|rounded|border|flex|font|gap)-?/.test(value)) bases.add(value)
    }
  }
  return { bases: [...bases], overrides: [...lists] }
}

const asSet = (classes: string) => new Set(classes.split(/\s+/).filter(Boolean))

describe('cn', () => {
  it('lets the later utility of a group win, per variant', () => {
    expect(cn('px-3 text-fg hover:bg-surface-2', 'px-2 text-danger hover:bg-danger/10')).toBe(
      'px-2 text-danger hover:bg-danger/10',
    )
    expect(cn('h-9 text-sm font-medium', 'h-8 text-xs font-mono')).toBe('font-medium h-8 text-xs font-mono')
    expect(cn('px-3 py-2', 'p-0')).toBe('p-0')
    expect(cn('border border-border', 'border-danger')).toBe('border border-danger')
    expect(cn('flex flex-col', 'hidden sm:flex')).toBe('flex-col hidden sm:flex')
    expect(cn('a', false, null, undefined, ['b', { c: true, d: false }])).toBe('a b c')
  })

  it('agrees with tailwind-merge on every pair of class lists the components use', () => {
    const { bases, overrides } = classListsInSource()
    expect(bases.length).toBeGreaterThan(20)
    expect(overrides.length).toBeGreaterThan(100)
    const disagreements: string[] = []
    for (const base of bases)
      for (const override of overrides) {
        const input = `${base} ${override}`
        const mine = asSet(mergeClasses(input))
        const theirs = asSet(twMerge(input))
        if (mine.size !== theirs.size || [...mine].some((c) => !theirs.has(c)))
          disagreements.push(`${input}\n  cn:          ${[...mine].join(' ')}\n  twMerge:     ${[...theirs].join(' ')}`)
      }
    expect(disagreements.slice(0, 10)).toEqual([])
  })
})
