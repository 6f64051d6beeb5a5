import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
import { IndicatorListPicker } from '@/components/indicator-list-picker';
import { RecordForm, type RecordFormProps } from '@/components/record-form';
import { useCreateOutcome } from '@/features/outcome/api/create-outcome';
import { getOutcome } from '@/features/outcome/api/get-outcome';
import { useUpdateOutcome } from '@/features/outcome/api/update-outcome';
import type { VersionedOutcome } from '@/features/outcome/types';
import {
  emptyValues,
  toInput,
  outcomeFormFields,
} from '@/features/outcome/utils/form-values';
import { orNone } from '@/lib/format';
import { useIndicatorChoices } from '@/lib/indicator-choices';
import { submitWith, useRecordForm } from '@/lib/use-record-form';

export function OutcomeForm({
  areaCode,
  strategies,
  existing,
  defaultStrategyId,
  heading,
  caption,
  cancelHref,
  onSaved,
}: RecordFormProps<VersionedOutcome> & {
  areaCode: string;
  strategies: { id: string; title: string }[];
  defaultStrategyId?: string;
}) {
  const form = useRecordForm({
    ...outcomeFormFields,
    emptyValues: () => emptyValues(defaultStrategyId ?? strategies[0]?.id ?? ''),
    existing,
    submit: submitWith(existing, toInput, useCreateOutcome(areaCode), useUpdateOutcome(areaCode), onSaved),
    fetchLatest: () => getOutcome(areaCode, existing?.record.id ?? ''),
  });
  const { values, field, choices } = form;
  const indicatorChoices = useIndicatorChoices(areaCode);
  const catalogue = indicatorChoices.data ?? [];
  const indicatorName = (code: string) => catalogue.find((choice) => choice.code === code)?.name ?? 'An indicator no longer in the catalogue';
  const indicatorNames = (codes: string[]) => orNone(codes.map(indicatorName).join('; '));
  const strategyTitle = (id: string) => strategies.find((strategy) => strategy.id === id)?.title ?? 'Unknown';

  return (
    <RecordForm
      form={form}
      noun="outcome"
      savedRows={(saved) => [
        { key: 'Strategy', value: strategyTitle(saved.strategyId) },
        { key: 'Outcome statement', value: saved.statement },
        { key: 'Description', value: saved.description || 'None' },
        { key: 'Indicators that show progress', value: indicatorNames(saved.indicatorCodes) },
      ]}
      valueWords={{ strategyId: strategyTitle, indicatorCodes: indicatorNames }}
      caption={caption}
      heading={heading}
      submitLabel="Save outcome"
      cancelHref={cancelHref}
    >
      <Select
        {...field('strategyId')}
        label="Strategy"
        options={[
          ...(values.strategyId === '' ? [{ value: '', text: 'Select a strategy' }] : []),
          ...strategies.map((strategy) => ({ value: strategy.id, text: strategy.title })),
        ]}
      />
      <Input {...field('statement')} label="Outcome statement" hint="What children, young people and families will say, like “I am heard”" />
      <Textarea {...field('description')} label="Description" />
      {indicatorChoices.isError && <p className="govuk-body">The indicator catalogue could not be loaded. Reload the page to choose indicators.</p>}
      {indicatorChoices.isPending ? (
        <p className="govuk-body">Loading the indicator catalogue…</p>
      ) : (
        <IndicatorListPicker
          {...choices('indicatorCodes')}
          heading="Indicators that show progress"
          label="Add an indicator (optional)"
          hint="Type part of its name, like “EHC plans” or “attendance”, then choose it from the list. Add as many as show this outcome's progress"
          choices={catalogue}
          areaName={caption ?? 'This area'}
        />
      )}
    </RecordForm>
  );
}
