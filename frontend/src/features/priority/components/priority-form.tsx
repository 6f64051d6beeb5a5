import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/govuk/error-summary';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
import { useCreatePriority } from '@/features/priority/api/create-priority';
import { getPriority } from '@/features/priority/api/get-priority';
import { useUpdatePriority } from '@/features/priority/api/update-priority';
import { PriorityConflict } from '@/features/priority/components/priority-conflict';
import { actionStatuses, ragStatuses } from '@/features/priority/components/rag-tag';
import type { Priority, VersionedPriority } from '@/features/priority/types';
import {
  asPriority,
  emptyAction,
  emptyMeasure,
  emptyValues,
  fieldId,
  fieldIds,
  normaliseField,
  toInput,
  validate,
  valuesFromPriority,
  type ActionValues,
  type MeasureValues,
  type PriorityFormValues,
} from '@/features/priority/utils/form-values';
import { ApiError, quoteVersion, type FieldError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

export type StrategyOption = { id: string; title: string };

/** Someone else saved the priority after this form loaded it. */
type Conflict = { current: Priority | undefined; etag: string | undefined };

type PriorityFormProps = {
  areaCode: string;
  strategies: StrategyOption[];
  /** The priority being changed, with its ETag; none when adding one. */
  existing?: VersionedPriority;
  defaultStrategyId?: string;
  heading: string;
  /** Shown above the heading, e.g. the area's name. */
  caption?: string;
  cancelHref: string;
  onSaved: (saved: VersionedPriority, created: boolean) => void;
};

function unexpectedError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, title: 'The service could not be reached', detail: 'Check your connection and try again.' });
}

export function PriorityForm({ areaCode, strategies, existing, defaultStrategyId, heading, caption, cancelHref, onSaved }: PriorityFormProps) {
  const [values, setValues] = useState<PriorityFormValues>(() =>
    existing ? valuesFromPriority(existing.priority) : emptyValues(defaultStrategyId ?? strategies[0]?.id ?? ''),
  );
  const [etag, setEtag] = useState(existing?.etag);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [conflict, setConflict] = useState<Conflict>();
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const focusAfterRender = useRef<string | undefined>(undefined);
  const create = useCreatePriority(areaCode);
  const update = useUpdatePriority(areaCode);

  useDocumentTitle(heading, fieldErrors.length > 0 || failure !== undefined || conflict !== undefined);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = undefined;
  });

  const ids = fieldIds(values);
  const errorFor = (field: string) => fieldErrors.find((error) => error.field === field)?.message;
  const summaryItems: ErrorSummaryItem[] = fieldErrors.map((error) => {
    const id = fieldId(error.field);
    return { text: error.message, href: ids.has(id) ? `#${id}` : undefined };
  });

  const set = <K extends keyof PriorityFormValues>(name: K) => (value: PriorityFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const setAction = (index: number, change: Partial<ActionValues>) =>
    setValues((current) => ({
      ...current,
      actions: current.actions.map((action, i) => (i === index ? { ...action, ...change } : action)),
    }));
  const setMeasure = (index: number, change: Partial<MeasureValues>) =>
    setValues((current) => ({
      ...current,
      measures: current.measures.map((measure, i) => (i === index ? { ...measure, ...change } : measure)),
    }));

  async function save(ifMatch: string | undefined, toSave: PriorityFormValues = values) {
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
      const input = toInput(toSave);
      const saved = existing
        ? await update.mutateAsync({ id: existing.priority.id, etag: ifMatch ?? existing.etag, input })
        : await create.mutateAsync(input);
      onSaved(saved, !existing);
    } catch (error) {
      const apiError = unexpectedError(error);
      setFieldErrors([]);
      setFailure(undefined);
      if (apiError.status === 412) {
        const current = asPriority(apiError.current);
        const version = current?.version ?? apiError.currentVersion;
        setConflict({ current, etag: version === undefined ? undefined : quoteVersion(version) });
      } else if (apiError.fieldErrors.length > 0) {
        setFieldErrors(apiError.fieldErrors.map((fieldError) => ({ ...fieldError, field: normaliseField(fieldError.field) })));
      } else {
        setFailure(apiError);
      }
    } finally {
      setSaving(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(etag);
  };

  // What the form cannot edit (the outcome links) is taken from the saved version, not overwritten.
  const overwrite = () => {
    if (!conflict?.etag) return;
    const merged = conflict.current ? { ...values, outcomeIds: [...(conflict.current.outcomeIds ?? values.outcomeIds)] } : values;
    setValues(merged);
    setEtag(conflict.etag);
    setConflict(undefined);
    void save(conflict.etag, merged);
  };

  const discard = async () => {
    if (!existing || !conflict) return;
    let latest: VersionedPriority;
    if (conflict.current && conflict.etag) {
      latest = { priority: conflict.current, etag: conflict.etag };
    } else {
      try {
        latest = await getPriority(areaCode, existing.priority.id);
      } catch (error) {
        setFailure(unexpectedError(error));
        return;
      }
    }
    setValues(valuesFromPriority(latest.priority));
    setEtag(latest.etag);
    setConflict(undefined);
    setFieldErrors([]);
    setFailure(undefined);
    focusAfterRender.current = 'title';
  };

  const addAction = () => {
    focusAfterRender.current = `actions-${values.actions.length}-description`;
    setValues((current) => ({ ...current, actions: [...current.actions, emptyAction()] }));
  };
  const removeAction = (index: number) => {
    focusAfterRender.current = 'actions';
    setValues((current) => ({ ...current, actions: current.actions.filter((_, i) => i !== index) }));
    setFieldErrors([]);
  };
  const addMeasure = () => {
    focusAfterRender.current = `measures-${values.measures.length}-description`;
    setValues((current) => ({ ...current, measures: [...current.measures, emptyMeasure()] }));
  };
  const removeMeasure = (index: number) => {
    focusAfterRender.current = 'measures';
    setValues((current) => ({ ...current, measures: current.measures.filter((_, i) => i !== index) }));
    setFieldErrors([]);
  };

  const strategyOptions = [
    ...(values.strategyId === '' ? [{ value: '', text: 'Select a strategy' }] : []),
    ...strategies.map((strategy) => ({ value: strategy.id, text: strategy.title })),
  ];

  return (
    <>
      {conflict && (
        <PriorityConflict
          current={conflict.current}
          strategies={strategies}
          attempt={attempt}
          canOverwrite={conflict.etag !== undefined}
          onOverwrite={overwrite}
          onDiscard={() => void discard()}
        />
      )}
      {!conflict && fieldErrors.length > 0 && <ErrorSummary items={summaryItems} focusKey={attempt} />}
      {!conflict && failure && (
        <ErrorSummary title={failure.status === 0 ? failure.title : 'Your changes have not been saved'} focusKey={attempt}>
          <p className="govuk-body">{failure.status === 0 ? failure.detail : failure.detail ?? failure.title}</p>
        </ErrorSummary>
      )}

      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{heading}</h1>

      <form noValidate onSubmit={onSubmit}>
        <Select
          id="strategyId"
          label="Strategy"
          value={values.strategyId}
          onChange={set('strategyId')}
          options={strategyOptions}
          error={errorFor('strategyId')}
        />
        <Input
          id="number"
          label="Number"
          hint="Its order in the strategy. Leave empty to use the next free number."
          value={values.number}
          onChange={set('number')}
          inputMode="numeric"
          width="3"
          spellCheck={false}
          error={errorFor('number')}
        />
        <Input id="title" label="Title" value={values.title} onChange={set('title')} error={errorFor('title')} />
        <Select
          id="status"
          label="Status"
          value={values.status}
          onChange={(value) => set('status')(value as PriorityFormValues['status'])}
          options={ragStatuses.map((status) => ({ value: status.value, text: status.label }))}
          error={errorFor('status')}
        />
        <Input
          id="lead"
          label="Lead"
          hint="The person or team who leads this priority"
          value={values.lead}
          onChange={set('lead')}
          error={errorFor('lead')}
        />
        <Textarea id="description" label="Description" value={values.description} onChange={set('description')} error={errorFor('description')} />
        <Textarea
          id="rationale"
          label="Why this is a priority"
          hint="The evidence: what the data and families tell us"
          value={values.rationale}
          onChange={set('rationale')}
          error={errorFor('rationale')}
        />

        <h2 className="govuk-heading-m" id="actions" tabIndex={-1}>
          Actions
        </h2>
        {values.actions.length === 0 && <p className="govuk-body">No actions yet.</p>}
        {values.actions.map((action, index) => {
          const prefix = `actions-${index}`;
          const path = `actions[${index}]`;
          return (
            <Fieldset key={action.key} id={prefix} legend={`Action ${index + 1}`} legendSize="s" headingLevel={3} className="sendhub-repeated">
              <Textarea
                id={`${prefix}-description`}
                label="Description"
                rows={3}
                value={action.description}
                onChange={(value) => setAction(index, { description: value })}
                error={errorFor(`${path}.description`)}
              />
              <Input
                id={`${prefix}-owner`}
                label="Owner"
                value={action.owner}
                onChange={(value) => setAction(index, { owner: value })}
                error={errorFor(`${path}.owner`)}
              />
              <Input
                id={`${prefix}-dueDate`}
                label="Due date"
                type="date"
                width="10"
                value={action.dueDate}
                onChange={(value) => setAction(index, { dueDate: value })}
                error={errorFor(`${path}.dueDate`)}
              />
              <Select
                id={`${prefix}-status`}
                label="Status"
                value={action.status}
                onChange={(value) => setAction(index, { status: value as ActionValues['status'] })}
                options={actionStatuses.map((status) => ({ value: status.value, text: status.label }))}
                error={errorFor(`${path}.status`)}
              />
              <Button variant="secondary" onClick={() => removeAction(index)}>
                Remove{' '}<span className="govuk-visually-hidden">action {index + 1}</span>
              </Button>
            </Fieldset>
          );
        })}
        <Button variant="secondary" onClick={addAction}>
          {values.actions.length === 0 ? 'Add an action' : 'Add another action'}
        </Button>

        <h2 className="govuk-heading-m" id="measures" tabIndex={-1}>
          How we will know
        </h2>
        {values.measures.length === 0 && <p className="govuk-body">No measures yet.</p>}
        {values.measures.map((measure, index) => {
          const prefix = `measures-${index}`;
          const path = `measures[${index}]`;
          return (
            <Fieldset key={measure.key} id={prefix} legend={`Measure ${index + 1}`} legendSize="s" headingLevel={3} className="sendhub-repeated">
              <Textarea
                id={`${prefix}-description`}
                label="Description"
                rows={3}
                value={measure.description}
                onChange={(value) => setMeasure(index, { description: value })}
                error={errorFor(`${path}.description`)}
              />
              <Input
                id={`${prefix}-indicatorCode`}
                label="Indicator code"
                hint="Optional. Lower-case letters, numbers and underscores, like ehcp_rate"
                width="20"
                spellCheck={false}
                value={measure.indicatorCode}
                onChange={(value) => setMeasure(index, { indicatorCode: value })}
                error={errorFor(`${path}.indicatorCode`)}
              />
              <Input
                id={`${prefix}-target`}
                label="Target"
                value={measure.target}
                onChange={(value) => setMeasure(index, { target: value })}
                error={errorFor(`${path}.target`)}
              />
              <Input
                id={`${prefix}-targetDate`}
                label="Target date"
                type="date"
                width="10"
                value={measure.targetDate}
                onChange={(value) => setMeasure(index, { targetDate: value })}
                error={errorFor(`${path}.targetDate`)}
              />
              <Button variant="secondary" onClick={() => removeMeasure(index)}>
                Remove{' '}<span className="govuk-visually-hidden">measure {index + 1}</span>
              </Button>
            </Fieldset>
          );
        })}
        <Button variant="secondary" onClick={addMeasure}>
          {values.measures.length === 0 ? 'Add a measure' : 'Add another measure'}
        </Button>

        <ButtonGroup>
          <Button type="submit">
            Save priority
          </Button>
          <Link className="govuk-link" to={cancelHref}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
