import { DateFilterInput, FilterForm, FilterRow } from '@/components/filter-form';

export type DateField = { name: string; label: string; hint?: string; value: string };

/**
 * The days a page reports on, as GOV.UK date boxes and a button: the page keeps what is chosen
 * in its address, so a chosen view can be bookmarked and shared. Empty boxes mean the API's default.
 */
export function DateChoice({
  label,
  fields,
  submitLabel,
  onApply,
}: {
  /** Names the form for screen readers, e.g. "Choose the report's dates". */
  label: string;
  fields: DateField[];
  submitLabel: string;
  onApply: (values: Record<string, string | undefined>) => void;
}) {
  const filters: Record<string, string | undefined> = Object.fromEntries(fields.map((field) => [field.name, field.value || undefined]));
  return (
    <FilterForm label={label} filters={filters} onApply={onApply} archived={false} submitLabel={submitLabel}>
      {({ draft, change }) => (
        <FilterRow width="one-half">
          {fields.map((field) => (
            <DateFilterInput
              key={field.name}
              id={`date-${field.name}`}
              legend={field.label}
              hint={field.hint}
              value={draft[field.name]}
              onChange={change(field.name)}
            />
          ))}
        </FilterRow>
      )}
    </FilterForm>
  );
}
