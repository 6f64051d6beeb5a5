import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { isIsoDate } from '@/lib/dates';

export type DateField = { name: string; label: string; hint?: string; value: string };

/**
 * The days a page reports on, as date boxes and a button: the page keeps what is chosen in its
 * address, so a chosen view can be bookmarked and shared. An empty box means the API's default.
 */
export function DateChoice({
  fields,
  submitLabel,
  onApply,
}: {
  fields: DateField[];
  submitLabel: string;
  onApply: (values: Record<string, string>) => void;
}) {
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.name, field.value])));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = Object.fromEntries(
      fields
        .filter((field) => draft[field.name] !== '' && !isIsoDate(draft[field.name]))
        .map((field) => [field.name, `${field.label} must be a real date`]),
    );
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(draft);
  };

  return (
    <form className="sendhub-filters sendhub-no-print" onSubmit={submit} noValidate>
      <div className="govuk-grid-row">
        {fields.map((field) => (
          <div key={field.name} className="govuk-grid-column-one-third">
            <Input
              id={`date-${field.name}`}
              label={field.label}
              hint={field.hint}
              type="date"
              width="10"
              value={draft[field.name] ?? ''}
              error={errors[field.name]}
              onChange={(value) => setDraft((current) => ({ ...current, [field.name]: value }))}
            />
          </div>
        ))}
      </div>
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}
