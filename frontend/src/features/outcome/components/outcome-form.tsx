import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
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
  const { values, field } = form;
  const strategyTitle = (id: string) => strategies.find((strategy) => strategy.id === id)?.title ?? 'Unknown';

  return (
    <RecordForm
      form={form}
      noun="outcome"
      savedRows={(saved) => [
        { key: 'Strategy', value: strategyTitle(saved.strategyId) },
        { key: 'Outcome statement', value: saved.statement },
        { key: 'Description', value: saved.description || 'None' },
        { key: 'Indicator codes', value: saved.indicatorCodes.join(', ') || 'None' },
      ]}
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
      <Textarea
        {...field('indicatorCodes')}
        label="Indicator codes"
        hint="Optional. The indicators that show progress, one a line or separated by commas, like ehcp_rate"
        rows={3}
      />
    </RecordForm>
  );
}
