/**
 * Joins class names, letting later Tailwind utilities override earlier ones
 * (a component's base classes, then the caller's `className`).
 *
 * Why not tailwind-merge: it is 8.5 kB gzip, 5% of the assistants list's
 * cold-load weight, which must not grow. It resolves every conflict Tailwind
 * can express; the console's components only ever override the handful of
 * utility groups below. `cn.test.ts` checks this against tailwind-merge (a dev
 * dependency) on the class pairs the components really use; a utility outside
 * these groups is simply kept, as clsx alone would.
 */
import { clsx, type ClassValue } from 'clsx'

/** Utilities whose group is the prefix before their value, longest first. */
const PREFIXES = [
  'min-w',
  'max-w',
  'min-h',
  'max-h',
  'gap-x',
  'gap-y',
  'grid-cols',
  'col-span',
  'space-x',
  'space-y',
  'underline-offset',
  'line-clamp',
  'overflow-x',
  'overflow-y',
  'backdrop-blur',
  'translate-x',
  'translate-y',
  'transition',
  'duration',
  'ease',
  'animate',
  'select',
  'pointer-events',
  'align',
  'shrink',
  'grow',
  'basis',
  'px',
  'py',
  'pt',
  'pb',
  'pl',
  'pr',
  'mx',
  'my',
  'mt',
  'mb',
  'ml',
  'mr',
  'p',
  'm',
  'w',
  'h',
  'size',
  'bg',
  'rounded',
  'shadow',
  'opacity',
  'gap',
  'items',
  'justify',
  'self',
  'z',
  'top',
  'left',
  'right',
  'bottom',
  'inset',
  'cursor',
  'overflow',
  'leading',
  'tracking',
  'whitespace',
  'decoration',
  'accent',
]

const DISPLAY = new Set([
  'block',
  'inline',
  'inline-block',
  'flex',
  'inline-flex',
  'grid',
  'inline-grid',
  'hidden',
  'contents',
  'table',
])
const KEYWORD_GROUPS = new Map<string, string>([
  ...['underline', 'overline', 'line-through', 'no-underline'].map((k): [string, string] => [k, 'text-decoration']),
  ...['uppercase', 'lowercase', 'capitalize', 'normal-case'].map((k): [string, string] => [k, 'text-transform']),
  ...['italic', 'not-italic'].map((k): [string, string] => [k, 'font-style']),
  ...['break-normal', 'break-words', 'break-all', 'break-keep'].map((k): [string, string] => [k, 'word-break']),
])
const POSITION = new Set(['static', 'fixed', 'absolute', 'relative', 'sticky'])
const FONT_SIZES = /^text-(xs|sm|base|lg|[2-9]?xl|\[\d[^\]]*\])$/
const TEXT_ALIGN = /^text-(left|center|right|justify|start|end)$/
const FONT_WEIGHTS = /^font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/
const FONT_FAMILIES = /^font-(sans|serif|mono)$/
const BORDER_WIDTH = /^border(-[xytblrse])?(-\d+|-\[\d[^\]]*\])?$/
const RING_WIDTH = /^ring(-\d+|-inset)?$/
const BORDER_STYLE = /^border-(solid|dashed|dotted|double|none)$/

/** Shorthands that also settle the longhands written before them (`p-0` after `px-3`). */
const COVERS: Record<string, string[]> = {
  p: ['px', 'py', 'pt', 'pb', 'pl', 'pr'],
  px: ['pl', 'pr'],
  py: ['pt', 'pb'],
  m: ['mx', 'my', 'mt', 'mb', 'ml', 'mr'],
  mx: ['ml', 'mr'],
  my: ['mt', 'mb'],
  size: ['w', 'h'],
  flex: ['shrink', 'grow', 'basis'],
  // line-clamp sets its own display (-webkit-box) and overflow.
  'line-clamp': ['display', 'overflow'],
  gap: ['gap-x', 'gap-y'],
  // sr-only sets its own box: position, size, padding, margin, overflow, white-space, border width.
  sr: [
    'position',
    'size',
    'w',
    'h',
    'p',
    'px',
    'py',
    'pt',
    'pb',
    'pl',
    'pr',
    'm',
    'mx',
    'my',
    'mt',
    'mb',
    'ml',
    'mr',
    'overflow',
    'whitespace',
  ],
  overflow: ['overflow-x', 'overflow-y'],
  'border-width': [
    'border-width-t',
    'border-width-b',
    'border-width-l',
    'border-width-r',
    'border-width-x',
    'border-width-y',
    'border-width-s',
    'border-width-e',
  ],
  'border-width-x': ['border-width-l', 'border-width-r'],
  'border-width-y': ['border-width-t', 'border-width-b'],
  inset: ['top', 'left', 'right', 'bottom'],
}

/** The conflict group of one utility (without variants), or null when it never conflicts here. */
function groupOf(utility: string): string | null {
  const u = utility.replace(/^-/, '')
  if (DISPLAY.has(u)) return 'display'
  if (POSITION.has(u)) return 'position'
  if (u === 'truncate') return 'overflow-text'
  if (u === 'sr-only' || u === 'not-sr-only') return 'sr'
  if (KEYWORD_GROUPS.has(u)) return KEYWORD_GROUPS.get(u) ?? null
  if (u.startsWith('text-')) {
    if (FONT_SIZES.test(u)) return 'font-size'
    if (TEXT_ALIGN.test(u)) return 'text-align'
    return 'text-color'
  }
  if (FONT_WEIGHTS.test(u)) return 'font-weight'
  if (FONT_FAMILIES.test(u)) return 'font-family'
  if (u.startsWith('border')) {
    if (BORDER_WIDTH.test(u)) return `border-width${u.match(/^border(-[xytblrse])?/)?.[1] ?? ''}`
    if (BORDER_STYLE.test(u)) return 'border-style'
    return 'border-color'
  }
  if (u.startsWith('ring')) {
    if (RING_WIDTH.test(u)) return 'ring-width'
    if (u.startsWith('ring-offset')) return u.match(/^ring-offset-\d+$/) ? 'ring-offset-width' : 'ring-offset-color'
    return 'ring-color'
  }
  if (u === 'flex-1' || u === 'flex-auto' || u === 'flex-none' || u === 'flex-initial') return 'flex'
  if (u === 'flex-row' || u === 'flex-col' || u === 'flex-row-reverse' || u === 'flex-col-reverse')
    return 'flex-direction'
  if (u === 'flex-wrap' || u === 'flex-nowrap') return 'flex-wrap'
  for (const p of PREFIXES) if (u === p || u.startsWith(`${p}-`)) return p
  return null
}

/** Splits `hover:lg:text-sm` into its variants (`hover:lg:`) and the utility. */
function split(cls: string): { variants: string; utility: string } {
  const i = cls.lastIndexOf(':')
  return i < 0 ? { variants: '', utility: cls } : { variants: cls.slice(0, i + 1), utility: cls.slice(i + 1) }
}

export function mergeClasses(classes: string): string {
  const tokens = classes.split(/\s+/).filter(Boolean)
  const kept: string[] = []
  const seen = new Set<string>()
  // Walk from the end: the last utility of a group wins, earlier ones of that group (or covered by it) go.
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const cls = tokens[i] as string
    const split1 = split(cls)
    // `!` (important) is its own layer: `!text-fg` does not remove `text-muted`, it outranks it.
    const important = split1.utility.startsWith('!')
    const variants = important ? `${split1.variants}!` : split1.variants
    const group = groupOf(important ? split1.utility.slice(1) : split1.utility)
    if (group === null) {
      kept.push(cls)
      continue
    }
    const key = `${variants}${group}`
    if (seen.has(key)) continue
    seen.add(key)
    for (const covered of COVERS[group] ?? []) seen.add(`${variants}${covered}`)
    kept.push(cls)
  }
  return kept.reverse().join(' ')
}

export function cn(...inputs: ClassValue[]): string {
  return mergeClasses(clsx(inputs))
}
