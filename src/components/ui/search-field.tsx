/**
 * A search box with its icon; the accessible name is required since there is
 * no visible label. The box is uncontrolled: `value` comes from the URL (the
 * one source of list search state) and `onChange` writes to it. When the URL
 * changes for another reason (a sidebar link, Back), the box follows; its own
 * writes coming back are recognised and left alone, so typing never jumps.
 */
import { useLayoutEffect, useRef } from 'react'
import { Search } from 'lucide-react'
import { cn } from '@/lib/cn'
import { Input } from './input'

interface SearchFieldProps {
  label: string
  placeholder: string
  /** The current search, from the URL. */
  value: string
  onChange: (value: string) => void
  className?: string
  inputClassName?: string
}

export function SearchField({ label, placeholder, value, onChange, className, inputClassName }: SearchFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null)
  // Values this box wrote that the URL has not reflected yet, oldest first.
  const pending = useRef<string[]>([])

  useLayoutEffect(() => {
    const input = inputRef.current
    if (!input) return
    const echo = pending.current.indexOf(value)
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1)
      return
    }
    pending.current = []
    if (input.value !== value) input.value = value
  }, [value])

  return (
    <div className={cn('relative max-w-sm', className)}>
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
        aria-hidden
      />
      <Input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        className={cn('pl-8', inputClassName)}
        defaultValue={value}
        onChange={(e) => {
          pending.current.push(e.target.value)
          onChange(e.target.value)
        }}
      />
    </div>
  )
}
