/**
 * A Monaco editor bound to one form field, uncontrolled both ways: typing
 * reports to the form (setValue), and a change the form makes itself (reset,
 * draft restore, conflict merge) reaches the editor through the form's
 * synchronous subscription, as one undoable edit. Nothing passes the text back
 * through a re-render, so nothing stale can overwrite what was just typed.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { get, useController, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form'
import { CodeEditor, type CodeEditorHandle, type CodeEditorProps } from '@/components/editor/code-editor'

type Props<T extends FieldValues> = Omit<
  CodeEditorProps,
  'defaultValue' | 'onChange' | 'onBlur' | 'handleRef' | 'invalid' | 'describedBy'
> & {
  form: UseFormReturn<T>
  name: Path<T>
  /** Shown under the editor (and read with it) while there is no error. */
  hint?: string
}

export function FormCodeEditor<T extends FieldValues>({ form, name, hint, ...editorProps }: Props<T>) {
  const id = useId()
  const handle = useRef<CodeEditorHandle>(null)
  const { field, fieldState } = useController({ control: form.control, name })
  const [initial] = useState(() => String(field.value ?? ''))
  const error = fieldState.error?.message

  useEffect(
    () =>
      form.subscribe({
        name,
        formState: { values: true },
        callback: ({ values }) => {
          const text = String(get(values, name) ?? '')
          if (handle.current && handle.current.getValue() !== text) handle.current.setValue(text)
        },
      }),
    [form, name],
  )
  // Focusing the field on a validation or server error focuses the editor.
  const { ref: registerRef } = field
  useEffect(() => registerRef({ focus: () => handle.current?.focus() }), [registerRef])

  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <div className="flex flex-col gap-1">
      <CodeEditor
        {...editorProps}
        handleRef={handle}
        defaultValue={initial}
        describedBy={describedBy}
        invalid={Boolean(error)}
        onChange={(text) =>
          form.setValue(name, text as PathValue<T, Path<T>>, {
            shouldDirty: true,
            shouldValidate: form.formState.isSubmitted || Boolean(fieldState.error),
          })
        }
        onBlur={field.onBlur}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
