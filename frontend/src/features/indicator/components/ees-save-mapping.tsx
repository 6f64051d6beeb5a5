import { Button } from '@/components/govuk/button';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { Textarea } from '@/components/govuk/textarea';

export type SaveMappingValues = { code: string; name: string; description: string };

export const saveMappingIds = { code: 'mapping-code', name: 'mapping-name', description: 'mapping-description' } as const;

/** Keeps the mapping built on the page, so that next year's release of the same file is one click. */
export function EesSaveMapping({
  fileName,
  values,
  errors,
  saving,
  saved,
  onChange,
  onSave,
}: {
  fileName: string;
  values: SaveMappingValues;
  errors: Partial<Record<keyof SaveMappingValues, string>>;
  saving: boolean;
  /** The name it was saved as, once saved. */
  saved: string | undefined;
  onChange: (values: SaveMappingValues) => void;
  onSave: () => void;
}) {
  return (
    <Fieldset
      legend="Save this mapping for next time (optional)"
      headingLevel={3}
      hint={`Next year, with DfE’s new ${fileName}, choose it from the saved mappings and check the file: nothing to set up again.`}
    >
      <Input
        id={saveMappingIds.name}
        label="Name"
        hint="What the file is, for example EHC plans by setting and sex"
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errors.name}
      />
      <Input
        id={saveMappingIds.code}
        label="Code"
        hint="Lower-case letters, numbers, hyphens and underscores, for example dfe-ehcp-caseload"
        value={values.code}
        onChange={(code) => onChange({ ...values, code })}
        error={errors.code}
        width="20"
      />
      <Textarea
        id={saveMappingIds.description}
        label="Description (optional)"
        value={values.description}
        onChange={(description) => onChange({ ...values, description })}
        error={errors.description}
        rows={3}
      />
      <Button variant="secondary" onClick={onSave} disabled={saving}>
        Save mapping
      </Button>
      {saved && (
        <p className="govuk-body" role="status">
          Saved as “{saved}”. It is now in the list of saved mappings.
        </p>
      )}
    </Fieldset>
  );
}
