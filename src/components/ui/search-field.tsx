/** A search box with its icon; the accessible name is required since there is no visible label. */
import { Search } from 'lucide-react'
import { cn } from '@/lib/cn'
import { Input } from './input'

interface SearchFieldProps {
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  className?: string
  inputClassName?: string
}

export function SearchField({ label, placeholder, value, onChange, className, inputClassName }: SearchFieldProps) {
  return (
    <div className={cn('relative max-w-sm', className)}>
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
        aria-hidden
      />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        className={cn('pl-8', inputClassName)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}
