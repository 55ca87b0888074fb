/**
 * What differs in one item, field by field: instructions as a Monaco diff,
 * other fields side by side, header values only as "same" or "differs" (the
 * values are never read into the page).
 */
import type { FieldDiff, ItemDiff } from '@/lib/account/model'
import { DiffView } from '@/components/editor/code-editor'
import { formatValue, isTextDiff, secretState, visibleFields } from '../format-value'

export function ItemDetails({ item, left, right }: { item: ItemDiff; left: string; right: string }) {
  const fields = visibleFields(item)
  const text = fields.filter(isTextDiff)
  const plain = fields.filter((f) => !isTextDiff(f))
  const secrets = item.secrets ?? []
  if (fields.length === 0 && secrets.length === 0)
    return (
      <p className="text-sm text-muted">
        {item.state === 'same'
          ? 'No differences.'
          : item.state === 'only-left'
            ? `Not in ${right}: promoting creates it there.`
            : `Only in ${right}: promotion from ${left} leaves it as it is.`}
      </p>
    )
  return (
    <div className="flex flex-col gap-3">
      {text.map((f) => (
        <TextDiff key={f.field} field={f} id={`${item.kind}-${item.key}`} left={left} right={right} />
      ))}
      {plain.length > 0 ? <SideBySide fields={plain} left={left} right={right} /> : null}
      {secrets.length > 0 ? (
        <table className="w-full text-sm">
          <caption className="text-left text-xs font-medium text-muted">Header values (compared, never shown)</caption>
          <tbody>
            {secrets.map((s) => (
              <tr key={s.header} className="border-t border-border">
                <th scope="row" className="w-1/3 py-1.5 pr-3 text-left font-mono text-[13px] font-normal">
                  {s.header}
                </th>
                <td className={s.state === 'same' ? 'text-muted' : 'font-medium text-warning'}>
                  {secretState(s.state, left, right)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}

function TextDiff({
  field,
  id,
  left,
  right,
}: {
  field: FieldDiff & { left: string | undefined; right: string | undefined }
  id: string
  left: string
  right: string
}) {
  return (
    <section aria-label={`${field.field} diff`} className="flex flex-col gap-1">
      <div className="grid grid-cols-2 text-xs text-muted">
        <span>
          {field.field} in {left}
        </span>
        <span>
          {field.field} in {right}
        </span>
      </div>
      <DiffView
        original={field.left ?? ''}
        modified={field.right ?? ''}
        language="instructions"
        height={260}
        modelName={`environments-${id}-${field.field}`}
      />
    </section>
  )
}

export function SideBySide({
  fields,
  left,
  right,
  caption,
}: {
  fields: FieldDiff[]
  left: string
  right: string
  caption?: string
}) {
  return (
    <table className="w-full table-fixed text-sm">
      {caption ? <caption className="text-left text-xs font-medium text-muted">{caption}</caption> : null}
      <thead className="text-xs text-muted">
        <tr>
          <th scope="col" className="w-1/5 py-1 pr-3 text-left font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-3 text-left font-medium">
            {left}
          </th>
          <th scope="col" className="py-1 text-left font-medium">
            {right}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field} className="border-t border-border align-top">
            <th scope="row" className="py-1.5 pr-3 text-left font-mono text-[13px] font-normal">
              {f.field}
            </th>
            <td className="py-1.5 pr-3 break-words whitespace-pre-wrap">{formatValue(f.left)}</td>
            <td className="py-1.5 break-words whitespace-pre-wrap">{formatValue(f.right)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
