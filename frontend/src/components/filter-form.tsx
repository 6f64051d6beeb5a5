import { Children, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { DateInput, type DateInputError } from '@/components/govuk/date-input';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import { ErrorSummary } from '@/components/govuk/error-summary';
import type { FieldError } from '@/lib/api-client';
import { dateParts, datePartsFromIso, dateProblems, isoFromDateParts, type DatePart, type DateParts } from '@/lib/date-parts';
import type { Labelled } from '@/lib/labels';

/** What a list's filter form takes: the filters applied now, and what to do with the new ones. */
export type FilterProps<F> = { filters: F; onApply: (filters: F) => void };

/** The draft of the filters and a setter for each: a cleared filter is none, not an empty one. */
export type FilterDraft<F> = { draft: F; change: <K extends keyof F>(name: K) => (value: string) => void; setDraft: (draft: F) => void };

/** A filter that can be wrong as typed (a date): the form asks each before applying. */
type FilterCheck = () => FieldError[];
type FilterChecks = { register: (id: string, check: FilterCheck) => () => void; errors: FieldError[] };

const FilterChecksContext = createContext<FilterChecks | undefined>(undefined);

/** The id of the control an error is about: a date's error on its month is `id-month`, on the whole date its day box. */
function controlId(error: FieldError): string {
  const [id, part] = error.field.split('.');
  return `${id}-${part ?? 'day'}`;
}

/**
 * A list's filters, applied together with one button so that changing one does not reload the
 * list under the user. With `archived`, the last filter is "Show archived". A date typed wrong
 * stops the filters being applied, and says why in an error summary, as a form does. Filters
 * are for the screen: they are left off paper.
 */
export function FilterForm<F extends { includeArchived?: boolean } | object>({
  label,
  filters,
  onApply,
  archived = true,
  submitLabel = 'Apply filters',
  children,
}: {
  /** Names the search landmark, e.g. "Filter services". */
  label: string;
  filters: F;
  onApply: (filters: F) => void;
  archived?: boolean;
  submitLabel?: string;
  children: (draft: FilterDraft<F>) => ReactNode;
}) {
  const [draft, setDraft] = useState<F>(filters);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const checks = useRef(new Map<string, FilterCheck>());
  const register = useCallback((id: string, check: FilterCheck) => {
    checks.current.set(id, check);
    return () => {
      checks.current.delete(id);
    };
  }, []);
  const context = useMemo(() => ({ register, errors }), [register, errors]);
  const change =
    <K extends keyof F>(name: K) =>
    (value: string) =>
      setDraft({ ...draft, [name]: value || undefined });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [...checks.current.values()].flatMap((check) => check());
    setErrors(found);
    setAttempt((previous) => previous + 1);
    if (found.length === 0) onApply(draft);
  };
  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label={label} className="sendhub-filters sendhub-no-print">
      {errors.length > 0 && <ErrorSummary items={errors.map((error) => ({ text: error.message, href: `#${controlId(error)}` }))} focusKey={attempt} />}
      <FilterChecksContext.Provider value={context}>{children({ draft, change, setDraft })}</FilterChecksContext.Provider>
      {archived && (
        <Checkbox
          id="filter-archived"
          label="Show archived"
          checked={(draft as { includeArchived?: boolean }).includeArchived ?? false}
          onChange={(includeArchived) => setDraft({ ...draft, includeArchived })}
        />
      )}
      <Button variant="secondary" type="submit">
        {submitLabel}
      </Button>
    </form>
  );
}

/** The error a date input shows: on the boxes it names, or on all three when the date as a whole is wrong. */
function dateInputError(id: string, errors: FieldError[]): DateInputError | undefined {
  const own = errors.filter((error) => error.field === id || error.field.startsWith(`${id}.`));
  if (own.length === 0) return undefined;
  const parts = own.some((error) => error.field === id) ? dateParts : own.map((error) => error.field.split('.')[1] as DatePart);
  return { message: own[0].message, parts };
}

/**
 * A date filter as GOV.UK date boxes: it gives the filter an ISO date ("2026-03-27") once the
 * boxes hold a real date, none while they are empty, and tells its form what is wrong otherwise.
 */
export function DateFilterInput({
  id,
  legend,
  hint,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  /** The filter's ISO date, or none. */
  value: string | undefined;
  onChange: (isoDate: string) => void;
}) {
  const [parts, setParts] = useState<DateParts>(() => datePartsFromIso(value));
  const typed = useRef(parts);
  const checks = useContext(FilterChecksContext);
  const register = checks?.register;
  useEffect(() => register?.(id, () => dateProblems(id, legend, typed.current)), [register, id, legend]);
  return (
    <DateInput
      id={id}
      legend={legend}
      hint={hint}
      value={parts}
      error={dateInputError(id, checks?.errors ?? [])}
      onChange={(next) => {
        typed.current = next;
        setParts(next);
        onChange(dateProblems(id, legend, next).length === 0 ? isoFromDateParts(next) ?? '' : '');
      }}
    />
  );
}

/** Filters side by side, each in a column of the width given. */
export function FilterRow({ width, children }: { width: 'one-half' | 'one-third'; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      {Children.map(children, (child) => child && <div className={`govuk-grid-column-${width}`}>{child}</div>)}
    </div>
  );
}

/** The options of a filter: "All ..." (no filter), then each value. */
export function filterChoices<T extends string>(all: string, list: Labelled<T>, label: (entry: Labelled<T>[number]) => string = (entry) => entry.label) {
  return [{ value: '', text: all }, ...list.map((entry) => ({ value: entry.value, text: label(entry) }))];
}
