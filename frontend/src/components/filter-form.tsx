import { Children, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkbox } from '@/components/govuk/checkbox';
import type { Labelled } from '@/lib/labels';

/** What a list's filter form takes: the filters applied now, and what to do with the new ones. */
export type FilterProps<F> = { filters: F; onApply: (filters: F) => void };

/** The draft of the filters and a setter for each: a cleared filter is none, not an empty one. */
export type FilterDraft<F> = { draft: F; change: <K extends keyof F>(name: K) => (value: string) => void; setDraft: (draft: F) => void };

/**
 * A list's filters, applied together with one button so that changing one does not reload the
 * list under the user. With `archived`, the last filter is "Show archived".
 */
export function FilterForm<F extends { includeArchived?: boolean } | object>({
  label,
  filters,
  onApply,
  archived = true,
  children,
}: {
  /** Names the search landmark, e.g. "Filter services". */
  label: string;
  filters: F;
  onApply: (filters: F) => void;
  archived?: boolean;
  children: (draft: FilterDraft<F>) => ReactNode;
}) {
  const [draft, setDraft] = useState<F>(filters);
  const change =
    <K extends keyof F>(name: K) =>
    (value: string) =>
      setDraft({ ...draft, [name]: value || undefined });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label={label} className="sendhub-filters">
      {children({ draft, change, setDraft })}
      {archived && (
        <Checkbox
          id="filter-archived"
          label="Show archived"
          checked={(draft as { includeArchived?: boolean }).includeArchived ?? false}
          onChange={(includeArchived) => setDraft({ ...draft, includeArchived })}
        />
      )}
      <Button variant="secondary" type="submit">
        Apply filters
      </Button>
    </form>
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
