import { Checkbox } from '@/components/govuk/checkbox';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { RecordForm, type RecordFormProps } from '@/components/record-form';
import { useCreateIndicator } from '@/features/indicator/api/create-indicator';
import { getIndicator } from '@/features/indicator/api/get-indicator';
import { useUpdateIndicator } from '@/features/indicator/api/update-indicator';
import type { Indicator, VersionedIndicator } from '@/features/indicator/types';
import {
  duplicateCodeAsFieldError,
  indicatorFormFields,
  parseBreakdowns,
  toInput,
  type IndicatorFormValues,
} from '@/features/indicator/utils/form-values';
import { readersOf } from '@/features/indicator/utils/readers';
import { orNone } from '@/lib/format';
import { breakdownLabel } from '@/lib/indicator-choices';
import { polarityLabels, unitLabels } from '@/lib/indicator-values';
import type { FieldWords } from '@/lib/record-merge';
import { useRecordForm } from '@/lib/use-record-form';

function choices<T extends string>(labels: Record<T, string>) {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

function savedRows(indicator: Indicator) {
  return [
    { key: 'Code', value: indicator.code },
    { key: 'Name', value: indicator.name },
    { key: 'Definition', value: indicator.definition || 'None' },
    { key: 'Unit', value: unitLabels[indicator.unit] },
    { key: 'Polarity', value: polarityLabels[indicator.polarity] },
    { key: 'Source', value: indicator.source || 'None' },
    { key: 'Who can read its values', value: readersOf(indicator) },
    { key: 'Breakdowns', value: breakdownsInWords(indicator.breakdowns) },
  ];
}

/** "Primary need; School phase": the breakdowns by name, as the pages that show them name them. */
function breakdownsInWords(breakdowns: string[]): string {
  return orNone(breakdowns.map(breakdownLabel).join('; '));
}

/** The form's values, as the merge of a conflict says them: in the words of its controls and saved version. */
const valueWords: FieldWords<IndicatorFormValues> = {
  unit: (unit) => (unit ? unitLabels[unit] : 'None'),
  polarity: (polarity) => (polarity ? polarityLabels[polarity] : 'None'),
  published: (published) => readersOf({ published }),
  breakdowns: (typed) => breakdownsInWords(parseBreakdowns(typed)),
};

/** Adds an indicator to the catalogue, or changes one (all but its code, which values refer to). */
export function IndicatorForm({
  existing,
  heading,
  cancelHref,
  onSaved,
}: RecordFormProps<VersionedIndicator>) {
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const form = useRecordForm({
    ...indicatorFormFields,
    existing,
    submit: async (values, ifMatch) => {
      const input = toInput(values);
      if (existing) {
        onSaved(await update.mutateAsync({ etag: ifMatch ?? existing.etag, input }), false);
        return;
      }
      try {
        onSaved(await create.mutateAsync(input), true);
      } catch (error) {
        throw duplicateCodeAsFieldError(error, input.code);
      }
    },
    fetchLatest: () => getIndicator(existing?.record.code ?? ''),
  });
  const { field, choice, values, set } = form;

  return (
    <RecordForm
      form={form}
      noun="indicator"
      savedRows={savedRows}
      valueWords={valueWords}
      caption="Indicator catalogue"
      heading={heading}
      submitLabel="Save indicator"
      cancelHref={cancelHref}
    >
      {existing ? (
        <p className="govuk-body">
          Code: <code className="sendhub-code">{existing.record.code}</code>. It cannot be changed, as values and measures refer to it.
        </p>
      ) : (
        <Input
          {...field('code')}
          label="Code"
          hint="How values, measures and the CSV files refer to it: lower-case letters, numbers and underscores, like ehcp_rate. It cannot be changed later."
          width="20"
          spellCheck={false}
          autoComplete="off"
        />
      )}
      <Input {...field('name')} label="Name" />
      <Textarea {...field('definition')} label="Definition" hint="Optional. What is counted, and as a share of what" />
      <Radios {...choice('unit')} legend="Unit" items={choices(unitLabels)} />
      <Radios
        {...choice('polarity')}
        legend="Polarity"
        hint="Whether a rise is good news, to show the direction of a trend"
        items={choices(polarityLabels)}
      />
      <Input {...field('source')} label="Source" hint="Optional. Where the figures come from, like DfE, Special educational needs in England" />
      <Checkbox
        id="published"
        label="Published statistic"
        hint="Readable by every user for every place, e.g. DfE's releases. Leave it unticked for a local indicator, whose values only the area's own users, analysts and administrators can read."
        small={false}
        checked={values.published}
        onChange={set('published')}
      />
      <Textarea
        {...field('breakdowns')}
        label="Breakdowns"
        hint="Optional. The ways its values are broken down besides the total, one a line or separated by commas, like primary_need or sex. Lower-case letters, numbers and underscores."
        rows={3}
      />
    </RecordForm>
  );
}
