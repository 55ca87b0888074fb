/**
 * The edit lifecycle of every form in the console, in one place: the baseline
 * (the saved record the edit started from), dirtiness (the form library's),
 * one save in flight, the version check and three-way merge before writing,
 * server field errors at their fields, a banner for everything else, drafts
 * under a stable key, and what the leave guard asks. Pages give it their
 * schema, mapping and write; they never re-solve any of this.
 *
 * Invariant: nothing here ever resets the form because a request failed. The
 * user's values change only when they type, discard, restore a draft, choose
 * in a merge, or a save succeeds.
 */
import { useEffect, useRef, useState } from 'react'
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
} from 'react-hook-form'
import { useQuery } from '@tanstack/react-query'
import { toast } from '@/lib/notify'
import { applyServerErrors } from '@/lib/server-errors'
import { clearDraft, draftKey as makeDraftKey, loadDraft, saveDraft, type Draft } from '@/lib/drafts'
import { diffValues, mergeThreeWay, resolveMerge, sameValue, type Equal, type FieldChange, type Merge } from './merge'
import { TimeoutError, describeFailure, failureKind, isOffline } from './save-errors'
import { useOnline } from './use-online'

type Field<V> = Extract<keyof V, string>

export interface SaveContext<V, R> {
  /** Fields that differ from the version this save is measured against. */
  changes: FieldChange<Field<V>>[]
  /** That version (null when creating). */
  base: R | null
  signal: AbortSignal
}

export interface EditKitOptions<V extends FieldValues, R> {
  resolver: Resolver<V>
  /** The fields the form edits, in display order: compared, merged and given server errors. */
  fields: readonly Field<V>[]
  /** The saved record being edited; null on a create page. */
  record: R | null
  toValues: (record: R) => V
  /** Values of a new record (create pages). */
  empty?: V
  equal?: Equal
  /** The server's current version, read just before writing, to catch concurrent edits. */
  fetchLatest?: (signal: AbortSignal) => Promise<R>
  /** The write. Gets the values and what changed; returns the server's answer. */
  save: (values: V, ctx: SaveContext<V, R>) => Promise<R>
  /**
   * Create pages: after an attempt whose outcome is unknown (timeout, network), finds the record it may
   * have created, so retrying does not create a second one or fail with "already exists".
   */
  findCreated?: (values: V, signal: AbortSignal) => Promise<R | null>
  onSaved?: (saved: R, ctx: { created: boolean; previous: R | null }) => unknown
  /** Ask the user to review the changes before writing (the page renders the review from `review`). */
  review?: boolean | ((changes: FieldChange<Field<V>>[], values: V) => boolean)
  /** Keep unsaved edits as a local draft under this scope (e.g. ['assistant', code]). */
  draft?: {
    connection: string
    scope: readonly (string | number)[]
    /** Removes what must never be stored in the browser (secrets) from the values... */
    strip?: (values: V) => Partial<V>
    /** ...and from the record stored beside them as the draft's base. */
    redact?: (record: R) => R
  }
  readOnly?: boolean
  /** Verb phrase for messages: "save the assistant". */
  what?: string
  timeoutMs?: number
}

export type EditStatus = 'idle' | 'checking' | 'saving'

export interface ConflictState<V, R> {
  merge: Merge<V, Field<V>>
  theirs: R
}

const DRAFT_DELAY_MS = 400

export function useEditKit<V extends FieldValues, R>(options: EditKitOptions<V, R>) {
  const opts = useRef(options)
  useEffect(() => {
    opts.current = options
  })
  const { fields, toValues, record, readOnly = false } = options
  const equal = options.equal ?? sameValue
  const creating = record === null

  // The record edits are measured against: the loaded one, then each saved answer.
  const [base, setBaseState] = useState<R | null>(record)
  const baseRef = useRef(base)
  const setBase = (r: R | null) => {
    baseRef.current = r
    setBaseState(r)
  }
  const valuesOf = (r: R | null): V => (r ? toValues(r) : (options.empty as V))

  const form = useForm<V>({
    resolver: options.resolver,
    defaultValues: valuesOf(base) as DefaultValues<V>,
    mode: 'onChange',
  })

  const [status, setStatusState] = useState<EditStatus>('idle')
  const statusRef = useRef<EditStatus>('idle')
  const setStatus = (s: EditStatus) => {
    statusRef.current = s
    setStatusState(s)
  }
  const [messages, setMessagesState] = useState<{ list: string[]; offline: boolean; failure: unknown }>({
    list: [],
    offline: false,
    failure: null,
  })
  const setMessages = (list: string[], offline = false, failure: unknown = null) =>
    setMessagesState({ list, offline, failure })
  const [review, setReview] = useState<{ changes: FieldChange<Field<V>>[] } | null>(null)
  const [conflict, setConflict] = useState<ConflictState<V, R> | null>(null)
  // One save in flight: a ref, so two Ctrl+S in the same tick cannot both pass.
  const busy = useRef(false)
  // A create whose answer never came: the next attempt looks for it first.
  const uncertainCreate = useRef(false)
  const online = useOnline()

  const currentChanges = (values: V = form.getValues()) =>
    diffValues(fields, valuesOf(baseRef.current) as Partial<Record<Field<V>, unknown>>, values, equal)
  const isDirtyNow = () => currentChanges().length > 0

  // ---- drafts --------------------------------------------------------------------------------
  const key = options.draft ? makeDraftKey(options.draft.connection, ...options.draft.scope) : null
  const stored = useQuery({
    queryKey: ['local-draft', key],
    queryFn: () => (key ? loadDraft<Partial<V>>(key) : null),
    enabled: key !== null,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  })
  const [draftDecided, setDraftDecided] = useState(false)
  const storedDraft = stored.data ?? null
  const draftDiffers =
    storedDraft !== null &&
    diffValues(
      fields,
      valuesOf(base) as Partial<Record<Field<V>, unknown>>,
      { ...valuesOf(base), ...storedDraft.values },
      equal,
    ).length > 0
  const offeredDraft = !draftDecided && !readOnly && draftDiffers ? storedDraft : null
  // Autosave starts once there is nothing left to offer (it would overwrite the draft on offer).
  const autosave = key !== null && !readOnly && stored.isFetched && offeredDraft === null

  useEffect(() => {
    if (!autosave || !key) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let latest: V | null = null
    const write = () => {
      timer = undefined
      if (!latest) return
      const values = latest
      latest = null
      if (currentChanges(values).length === 0) return void clearDraft(key)
      const kept = opts.current.draft?.strip ? opts.current.draft.strip(values) : values
      const base =
        baseRef.current && opts.current.draft?.redact ? opts.current.draft.redact(baseRef.current) : baseRef.current
      void saveDraft<Partial<V>>(key, { values: kept, base, savedAt: Date.now() })
    }
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        latest = { ...values }
        clearTimeout(timer)
        timer = setTimeout(write, DRAFT_DELAY_MS)
      },
    })
    // A save, a reload or a closed tab within the debounce still keeps the last keystrokes.
    const flush = () => {
      if (timer !== undefined) {
        clearTimeout(timer)
        write()
      }
    }
    window.addEventListener('pagehide', flush)
    return () => {
      unsubscribe()
      window.removeEventListener('pagehide', flush)
      flush()
    }
    // currentChanges reads refs only; the subscription is rebuilt when the key or autosave changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosave, key, form])

  /** Puts values on the form as the user's edits over `from` (dirty against it). */
  const applyOver = (from: R | null, values: Partial<V>) => {
    form.reset(valuesOf(from))
    for (const f of fields) {
      if (values[f] === undefined) continue
      if (!equal(values[f], valuesOf(from)[f], f))
        form.setValue(f as unknown as Path<V>, values[f] as PathValue<V, Path<V>>, { shouldDirty: true })
    }
  }

  const restoreDraft = () => {
    if (!storedDraft) return
    setDraftDecided(true)
    // Edits are measured against the version the draft started from, so a server change
    // since then shows up as a merge when saving.
    const draftBase = (storedDraft.base ?? null) as R | null
    const from = creating ? null : (draftBase ?? baseRef.current)
    if (!creating && draftBase) setBase(draftBase)
    applyOver(from, storedDraft.values)
    void form.trigger()
  }
  /**
   * Loads values (e.g. an earlier version) into the form as unsaved changes over the current base:
   * nothing is written until the user saves, through the usual check and review.
   */
  const loadValues = (values: Partial<V>) => {
    setDraftDecided(true)
    applyOver(baseRef.current, values)
    setMessages([])
    void form.trigger()
  }
  const discardDraft = () => {
    setDraftDecided(true)
    if (key) void clearDraft(key)
  }

  // ---- save ----------------------------------------------------------------------------------
  const what = options.what ?? 'save'

  const withTimeout = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const seconds = Math.round((opts.current.timeoutMs ?? 30_000) / 1000)
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort()
        reject(new TimeoutError(seconds))
      }, opts.current.timeoutMs ?? 30_000)
    })
    try {
      return await Promise.race([run(controller.signal), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  const adopt = (saved: R) => {
    setBase(saved)
    form.reset(toValues(saved))
    // The saved version supersedes any draft, including one still on offer.
    setDraftDecided(true)
    if (key) void clearDraft(key)
  }

  const fail = (e: unknown, action: string) => {
    const kind = failureKind(e)
    if (kind === 'invalid') {
      const banner = applyServerErrors(e, form.setError, fields as unknown as readonly Path<V>[])
      setMessages(banner.length > 0 ? [...banner, 'Your edits are kept.'] : banner)
    } else setMessages([describeFailure(e, action)], kind === 'offline')
  }

  const write = async (values: V, changes: FieldChange<Field<V>>[]) => {
    const previous = baseRef.current
    setStatus('saving')
    try {
      const saved = await withTimeout((signal) => opts.current.save(values, { changes, base: previous, signal }))
      uncertainCreate.current = false
      adopt(saved)
      setMessages([])
      await opts.current.onSaved?.(saved, { created: creating, previous })
    } catch (e) {
      const kind = failureKind(e)
      if (creating && (kind === 'timeout' || kind === 'network' || kind === 'server')) uncertainCreate.current = true
      fail(e, what)
    } finally {
      setStatus('idle')
    }
  }

  /** After the checks: review first when asked for, else write. */
  const proceed = async (values: V) => {
    const changes = currentChanges(values)
    if (!creating && changes.length === 0) {
      setMessages([])
      toast.info('Nothing to save: the values match the server.')
      return
    }
    const wantsReview = opts.current.review
    if (typeof wantsReview === 'function' ? wantsReview(changes, values) : wantsReview) {
      setReview({ changes })
      return
    }
    await write(values, changes)
  }

  const check = async (values: V) => {
    setMessages([])
    if (isOffline()) return setMessages([describeFailure(null, what)], true)
    const o = opts.current
    const findCreated = o.findCreated
    if (creating && uncertainCreate.current && findCreated) {
      setStatus('checking')
      try {
        const found = await withTimeout((signal) => findCreated(values, signal))
        if (found && diffValues(fields, toValues(found), values, equal).length === 0) {
          uncertainCreate.current = false
          adopt(found)
          toast.info('Your earlier attempt had reached the server: it is saved.')
          await o.onSaved?.(found, { created: true, previous: null })
          return
        }
      } catch (e) {
        return fail(e, 'check whether the earlier attempt was saved')
      } finally {
        setStatus('idle')
      }
    }
    const current = baseRef.current
    const fetchLatest = o.fetchLatest
    if (!creating && current && fetchLatest) {
      setStatus('checking')
      let latest: R
      try {
        latest = await withTimeout((signal) => fetchLatest(signal))
      } catch (e) {
        return fail(e, 'check the server’s current version')
      } finally {
        setStatus('idle')
      }
      const merge = mergeThreeWay(fields, toValues(current), values, toValues(latest), equal)
      if (merge.fields.some((f) => f.kind !== 'mine')) {
        setConflict({ merge, theirs: latest })
        return
      }
      // Only fields the form does not show changed (or nothing): measure against the latest silently.
      setBase(latest)
    }
    await proceed(values)
  }

  /** Save button, Ctrl/Cmd+S, Enter: validates, checks, then reviews or writes. Ignored while busy. */
  const submit = () => {
    if (busy.current || readOnly) return
    busy.current = true
    void form
      .handleSubmit(check)()
      .finally(() => {
        busy.current = false
      })
  }

  const guarded = (run: () => Promise<void>) => {
    if (busy.current) return
    busy.current = true
    void run().finally(() => {
      busy.current = false
    })
  }

  const confirmReview = () =>
    guarded(async () => {
      const values = form.getValues()
      setReview(null)
      await write(values, currentChanges(values))
    })

  /** Conflict: apply the choices, measure against the server's version, then continue the save. */
  const resolveConflict = (choices: Partial<Record<Field<V>, 'mine' | 'theirs'>>) =>
    guarded(async () => {
      if (!conflict) return
      const values = resolveMerge(conflict.merge, choices)
      setConflict(null)
      setBase(conflict.theirs)
      applyOver(conflict.theirs, values)
      await proceed(values)
    })

  /** Conflict: drop my edits and take the server's version. */
  const takeTheirs = () => {
    if (!conflict) return
    adopt(conflict.theirs)
    setConflict(null)
    toast.info('Loaded the server’s version; your edits were discarded.')
  }

  const discard = () => {
    form.reset(valuesOf(baseRef.current))
    setMessages([])
    setDraftDecided(true)
    if (key) void clearDraft(key)
  }

  const dirtyCount = Object.keys(form.formState.dirtyFields).length
  const dirty = form.formState.isDirty

  return {
    form,
    base,
    creating,
    status,
    busy: status !== 'idle',
    dirty,
    dirtyCount,
    // An offline failure turns into "back online" by itself: the edit is still here, saving is one click.
    messages:
      messages.offline && online && messages.list.length > 0
        ? ['You are back online. Your edits are kept: save when ready.']
        : messages.list,
    /** The error behind the messages (its platform reference, e.g. a traceId, is shown with them). */
    failure: messages.failure,
    online,
    submit,
    discard,
    loadValues,
    currentChanges,
    /** For the leave guard: read at navigation time, not at render. */
    shouldBlock: () => statusRef.current !== 'saving' && isDirtyNow(),
    review,
    confirmReview,
    cancelReview: () => setReview(null),
    conflict,
    resolveConflict,
    takeTheirs,
    cancelConflict: () => setConflict(null),
    draft: {
      offered: offeredDraft as Draft<Partial<V>> | null,
      restore: restoreDraft,
      discard: discardDraft,
    },
  }
}

export type EditKit<V extends FieldValues, R> = ReturnType<typeof useEditKit<V, R>>
