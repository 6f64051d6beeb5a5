import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, quoteVersion, type FieldError, type Versioned } from '@/lib/api-client';
import { linkChoices, type LinkOption } from '@/lib/link-choices';
import { dateInputError, describeFieldErrors, normaliseField, type FieldLabels } from '@/lib/field-errors';
import { mergeValues, type Merge } from '@/lib/record-merge';

/**
 * Someone else saved the record after the form loaded it: `current` is their version, when the API
 * sent it, and `merge` how it meets the user's changes field by field (from the version the form loaded).
 */
type Conflict<T, V> = { current: T | undefined; etag: string | undefined; theirs: V | undefined; merge: Merge<V> | undefined };

/** Which version wins a field both sides changed. */
export type Side = 'mine' | 'theirs';

function unexpectedError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, title: 'The service could not be reached', detail: 'Check your connection and try again.' });
}

type RecordFormOptions<V, T> = {
  /** The record being changed, with its ETag; none when adding one. */
  existing: Versioned<T> | undefined;
  /** The values a form to add a record starts with. */
  emptyValues: () => V;
  /** The checks the browser can make before asking the API; the API makes them all again. */
  validate: (values: V) => FieldError[];
  /** The form's top-level field names, to read the API's field paths. */
  fieldRoots: ReadonlySet<string>;
  /** Creates or updates the record (with If-Match `ifMatch` when changing one) and moves on. */
  submit: (values: V, ifMatch: string | undefined) => Promise<unknown>;
  /** The record a 412 carries, if it looks like one of ours. */
  readCurrent: (record: Record<string, unknown> | undefined) => T | undefined;
  /** Reads the record again, for discarding when a 412 did not carry it. */
  fetchLatest: () => Promise<Versioned<T>>;
  valuesFrom: (record: T) => V;
  /** The control to focus after the user's changes are discarded. */
  firstFieldId: string;
  /** The ids of the form's controls (they may depend on the values, as rows added), to link errors to them. */
  controlIds: ReadonlySet<string> | ((values: V) => ReadonlySet<string>);
  /** What the errors call each field. */
  labels: FieldLabels;
};

/** What a form's fields tell `useRecordForm`: their values, checks, ids and names. */
export type FormFields<V, T> = Pick<
  RecordFormOptions<V, T>,
  'emptyValues' | 'validate' | 'fieldRoots' | 'readCurrent' | 'valuesFrom' | 'firstFieldId' | 'controlIds' | 'labels'
>;

/**
 * The save of a form that adds a record or changes `existing` (with If-Match: the ETag the form
 * holds), then hands the saved record on (`created` when it was added).
 */
export function submitWith<V, T extends { id: string }, I>(
  existing: Versioned<T> | undefined,
  toInput: (values: V) => I,
  create: { mutateAsync: (input: I) => Promise<Versioned<T>> },
  update: { mutateAsync: (variables: { id: string; etag: string; input: I }) => Promise<Versioned<T>> },
  onSaved: (saved: Versioned<T>, created: boolean) => void,
) {
  return async (values: V, ifMatch: string | undefined) => {
    const input = toInput(values);
    const saved = existing
      ? await update.mutateAsync({ id: existing.record.id, etag: ifMatch ?? existing.etag, input })
      : await create.mutateAsync(input);
    onSaved(saved, !existing);
  };
}

/**
 * The state and saving of an add or edit form: client checks first, then the API; field errors
 * (summary and inline), a failure message, or, on 412, a conflict that keeps what the user typed
 * and lets them merge it with the saved version, overwrite that or discard their changes.
 */
export function useRecordForm<V, T>(options: RecordFormOptions<V, T>) {
  const { validate, fieldRoots, submit, readCurrent, fetchLatest, valuesFrom, firstFieldId, controlIds, labels } = options;
  const [values, setValues] = useState<V>(() => (options.existing ? valuesFrom(options.existing.record) : options.emptyValues()));
  const [etag, setEtag] = useState(options.existing?.etag);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [conflict, setConflict] = useState<Conflict<T, V>>();
  /** The version the user's changes are changes of: the one loaded, or the one merged with. */
  const [base, setBase] = useState<V | undefined>(() => (options.existing ? valuesFrom(options.existing.record) : undefined));
  const [sides, setSides] = useState<Partial<Record<keyof V & string, Side>>>({});
  const [unsettled, setUnsettled] = useState<(keyof V & string)[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const focusAfterRender = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = undefined;
  });

  const set = <K extends keyof V>(name: K) => (value: V[K]) => setValues((current) => ({ ...current, [name]: value }));

  /** What a 412 says: their version, its ETag, and how it meets `toSave`, the changes of `changesOf`. */
  function conflictOf(apiError: ApiError, changesOf: V | undefined, toSave: V): Conflict<T, V> {
    const current = readCurrent(apiError.current);
    const version = (current as { version?: number } | undefined)?.version ?? apiError.currentVersion;
    const theirs = current ? valuesFrom(current) : undefined;
    const merge = theirs && changesOf ? (mergeValues(changesOf as V & object, toSave as V & object, theirs as V & object) as Merge<V>) : undefined;
    return { current, etag: version === undefined ? undefined : quoteVersion(version), theirs, merge };
  }

  /**
   * Sends `toSave`, the user's changes of `changesOf`. On a 412 that changed nothing the form shows
   * (another record was linked to this one), there is nothing to ask: it sends them once more,
   * against the saved version; on any other 412, the conflict.
   */
  async function send(toSave: V, ifMatch: string | undefined, changesOf: V | undefined, mayResend: boolean): Promise<void> {
    try {
      await submit(toSave, ifMatch);
    } catch (error) {
      const apiError = unexpectedError(error);
      setFieldErrors([]);
      setFailure(undefined);
      if (apiError.status === 412) {
        const found = conflictOf(apiError, changesOf, toSave);
        const nothingToAsk = found.merge !== undefined && found.merge.theirsOnly.length === 0 && found.merge.clashes.length === 0;
        if (mayResend && nothingToAsk && found.etag && found.theirs) {
          setEtag(found.etag);
          setBase(found.theirs);
          await send(toSave, found.etag, found.theirs, false);
          return;
        }
        setSides({});
        setUnsettled([]);
        setConflict(found);
      } else if (apiError.fieldErrors.length > 0) {
        setFieldErrors(apiError.fieldErrors.map((fieldError) => ({ ...fieldError, field: normaliseField(fieldError.field, fieldRoots) })));
      } else {
        setFailure(apiError);
      }
    }
  }

  /** Saves `toSave` with If-Match `ifMatch`; `changesOf` is the version the user's changes are changes of. */
  async function save(ifMatch: string | undefined, toSave: V = values, changesOf: V | undefined = base) {
    if (saving) return;
    const problems = validate(toSave);
    setAttempt((n) => n + 1);
    if (problems.length > 0) {
      setFieldErrors(problems);
      setFailure(undefined);
      return;
    }
    setSaving(true);
    try {
      await send(toSave, ifMatch, changesOf, true);
    } finally {
      setSaving(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(etag);
  };

  const overwrite = () => {
    if (!conflict?.etag) return;
    setEtag(conflict.etag);
    if (conflict.theirs) setBase(conflict.theirs);
    setConflict(undefined);
    void save(conflict.etag, values, conflict.theirs ?? base);
  };

  /**
   * Saves against the saved version: the fields only they changed as they left them, the fields
   * only the user changed as the user left them, and each field both changed as the user chose.
   */
  const saveMerged = () => {
    const { etag: theirEtag, theirs, merge } = conflict ?? {};
    if (!theirEtag || !theirs || !merge) return;
    const missing = merge.clashes.filter((field) => !sides[field]);
    if (missing.length > 0) {
      setUnsettled(missing);
      setAttempt((n) => n + 1);
      return;
    }
    const merged = { ...merge.merged };
    for (const field of merge.clashes) {
      if (sides[field] === 'theirs') merged[field] = theirs[field];
    }
    setValues(merged);
    setBase(theirs);
    setEtag(theirEtag);
    setConflict(undefined);
    setUnsettled([]);
    void save(theirEtag, merged, theirs);
  };

  const choose = (field: keyof V & string, side: Side) => {
    setSides((current) => ({ ...current, [field]: side }));
    setUnsettled((current) => current.filter((one) => one !== field));
  };

  const discard = async () => {
    if (!conflict) return;
    let latest: Versioned<T>;
    if (conflict.current && conflict.etag) {
      latest = { record: conflict.current, etag: conflict.etag };
    } else {
      try {
        latest = await fetchLatest();
      } catch (error) {
        setFailure(unexpectedError(error));
        return;
      }
    }
    setValues(valuesFrom(latest.record));
    setBase(valuesFrom(latest.record));
    setEtag(latest.etag);
    setConflict(undefined);
    setFieldErrors([]);
    setFailure(undefined);
    focusAfterRender.current = firstFieldId;
  };

  /** Moves the focus to the control with this id once the next render has put it on the page. */
  const focusOnNextRender = (id: string) => {
    focusAfterRender.current = id;
  };

  const described = describeFieldErrors(fieldErrors, typeof controlIds === 'function' ? controlIds(values) : controlIds, labels);

  type Key = keyof V & string;
  return {
    values,
    /** The props of the text control (input, textarea, select) of a field: its id, value, change and error. */
    field: <K extends Key>(name: K) => ({ id: name, value: values[name], onChange: set(name), error: described.byId.get(name) }),
    /** The props of the radios of a field whose values are its choices. */
    choice: <K extends Key>(name: K) => ({
      id: name,
      value: values[name] as string,
      onChange: (value: string) => set(name)(value as V[K]),
      error: described.byId.get(name),
    }),
    /** The props of the checkboxes of a field that holds the values chosen. */
    choices: <K extends Key>(name: K) => ({
      id: name,
      values: values[name] as string[],
      onChange: (chosen: string[]) => set(name)(chosen as V[K]),
      error: described.byId.get(name),
    }),
    /** The props of the checkboxes of a field that holds the ids of the linked records, offered from `options`. */
    links: <K extends Key>(name: K, options: LinkOption[], within?: { strategyId: string; elsewhere: string }) => ({
      id: name,
      legendSize: 'm' as const,
      items: linkChoices(options, values[name] as string[], within),
      values: values[name] as string[],
      onChange: (chosen: string[]) => set(name)(chosen as V[K]),
      error: described.byId.get(name),
    }),
    /** The props of the date input of a field. */
    date: <K extends Key>(name: K) => ({ id: name, value: values[name], onChange: set(name), error: dateInputError(described.byId, name) }),
    setValues,
    set,
    setFieldErrors,
    /** Every error, for the error summary. */
    errors: described.summary,
    /** The error message of a control. */
    errorFor: (id: string) => described.byId.get(id),
    /** The error of a date input, and which of its boxes it is about. */
    dateErrorFor: (id: string) => dateInputError(described.byId, id),
    failure,
    conflict,
    /** The side chosen for each field both changed, and those still to choose when saving the merge. */
    sides,
    unsettled,
    choose,
    saveMerged,
    /** What each field is called, for the conflict panel. */
    labelOf: (field: string) => labels[field] ?? field,
    attempt,
    hasProblems: fieldErrors.length > 0 || failure !== undefined || conflict !== undefined,
    onSubmit,
    overwrite,
    discard: () => void discard(),
    focusOnNextRender,
  };
}

export type RecordFormState<V, T> = ReturnType<typeof useRecordForm<V, T>>;
