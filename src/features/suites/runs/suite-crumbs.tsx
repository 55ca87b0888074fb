/** "Suites › <suite> › <page>" above the runs pages' titles. */
import { Link } from '@tanstack/react-router'
import { ChevronRight } from 'lucide-react'
import type { Suite } from '@/lib/qa/suite-format'

export function SuiteCrumbs({ suite, current }: { suite: Suite; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-sm text-muted">
      <Link to="/suites" className="hover:text-fg hover:underline">
        Suites
      </Link>
      <ChevronRight className="size-3.5" aria-hidden />
      <Link to="/suites/$suiteId" params={{ suiteId: suite.id }} className="hover:text-fg hover:underline">
        {suite.name}
      </Link>
      <ChevronRight className="size-3.5" aria-hidden />
      <span className="text-fg">{current}</span>
    </nav>
  )
}
