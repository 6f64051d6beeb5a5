import { Link } from 'react-router-dom';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
import { ConflictPanel, FormProblems } from '@/components/form-problems';
import { useCreateOutcome } from '@/features/outcome/api/create-outcome';
import { getOutcome } from '@/features/outcome/api/get-outcome';
import { useUpdateOutcome } from '@/features/outcome/api/update-outcome';
import type { Outcome, VersionedOutcome } from '@/features/outcome/types';
import {
  asOutcome,
  emptyValues,
  outcomeFieldLabels,
  outcomeFieldRoots,
  toInput,
  validate,
  valuesFromOutcome,
  type OutcomeFormValues,
} from '@/features/outcome/utils/form-values';
import { describeFieldErrors } from '@/lib/field-errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useRecordForm } from '@/lib/use-record-form';

export function OutcomeForm({
  areaCode,
  strategies,
  existing,
  defaultStrategyId,
  heading,
  caption,
  cancelHref,
  onSaved,
}: {
  areaCode: string;
  strategies: { id: string; title: string }[];
  /** The outcome being changed, with its ETag; none when adding one. */
  existing?: VersionedOutcome;
  defaultStrategyId?: string;
  heading: string;
  caption?: string;
  cancelHref: string;
  onSaved: (saved: VersionedOutcome) => void;
}) {
  const create = useCreateOutcome(areaCode);
  const update = useUpdateOutcome(areaCode);
  const form = useRecordForm<OutcomeFormValues, Outcome>({
    initialValues: () => (existing ? valuesFromOutcome(existing.record) : emptyValues(defaultStrategyId ?? strategies[0]?.id ?? '')),
    etag: existing?.etag,
    validate,
    fieldRoots: outcomeFieldRoots,
    submit: async (values, ifMatch) => {
      const input = toInput(values);
      onSaved(
        existing
          ? await update.mutateAsync({ id: existing.record.id, etag: ifMatch ?? existing.etag, input })
          : await create.mutateAsync(input),
      );
    },
    readCurrent: asOutcome,
    fetchLatest: () => getOutcome(areaCode, existing?.record.id ?? ''),
    valuesFrom: valuesFromOutcome,
    firstFieldId: 'statement',
  });
  const { values, set, conflict, attempt } = form;
  useDocumentTitle(heading, form.hasProblems);
  const errors = describeFieldErrors(form.fieldErrors, outcomeFieldRoots, outcomeFieldLabels);
  const errorFor = (id: string) => errors.byId.get(id);
  const strategyTitle = (id: string) => strategies.find((strategy) => strategy.id === id)?.title ?? 'Unknown';

  return (
    <>
      <FormProblems
        conflict={
          conflict && (
            <ConflictPanel
              noun="outcome"
              attempt={attempt}
              canOverwrite={conflict.etag !== undefined}
              onOverwrite={form.overwrite}
              onDiscard={form.discard}
              saved={
                conflict.current && {
                  rows: [
                    { key: 'Strategy', value: strategyTitle(conflict.current.strategyId) },
                    { key: 'Outcome statement', value: conflict.current.statement },
                    { key: 'Description', value: conflict.current.description || 'None' },
                    { key: 'Indicator codes', value: conflict.current.indicatorCodes.join(', ') || 'None' },
                  ],
                }
              }
            />
          )
        }
        errors={errors.summary}
        failure={form.failure}
        attempt={attempt}
      />

      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{heading}</h1>

      <form noValidate onSubmit={form.onSubmit}>
        <Select
          id="strategyId"
          label="Strategy"
          value={values.strategyId}
          onChange={set('strategyId')}
          options={[
            ...(values.strategyId === '' ? [{ value: '', text: 'Select a strategy' }] : []),
            ...strategies.map((strategy) => ({ value: strategy.id, text: strategy.title })),
          ]}
          error={errorFor('strategyId')}
        />
        <Input
          id="statement"
          label="Outcome statement"
          hint="What children, young people and families will say, like “I am heard”"
          value={values.statement}
          onChange={set('statement')}
          error={errorFor('statement')}
        />
        <Textarea id="description" label="Description" value={values.description} onChange={set('description')} error={errorFor('description')} />
        <Textarea
          id="indicatorCodes"
          label="Indicator codes"
          hint="Optional. The indicators that show progress, one a line or separated by commas, like ehcp_rate"
          rows={3}
          value={values.indicatorCodes}
          onChange={set('indicatorCodes')}
          error={errorFor('indicatorCodes')}
        />
        <ButtonGroup>
          <Button type="submit">Save outcome</Button>
          <Link className="govuk-link" to={cancelHref}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
