import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { DateInput } from '@/components/govuk/date-input';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { IndicatorPicker } from '@/components/indicator-picker';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
import { RecordForm, type RecordFormProps } from '@/components/record-form';
import { useCreatePriority } from '@/features/priority/api/create-priority';
import { getPriority } from '@/features/priority/api/get-priority';
import { useUpdatePriority } from '@/features/priority/api/update-priority';
import { savedPriorityRows } from '@/features/priority/components/saved-priority-rows';
import { actionStatuses, ragStatuses } from '@/components/rag-tag';
import type { VersionedPriority } from '@/features/priority/types';
import {
  emptyAction,
  emptyMeasure,
  emptyValues,
  headlineFigure,
  toInput,
  type ActionValues,
  type MeasureValues,
  priorityFormFields,
} from '@/features/priority/utils/form-values';
import { priorityValueWords } from '@/features/priority/utils/priority-words';
import { categoryChoiceLabel, breakdownLabel, unitInWords, useIndicatorChoices, type IndicatorChoice } from '@/lib/indicator-choices';
import type { LinkOption } from '@/lib/link-choices';
import { submitWith, useRecordForm } from '@/lib/use-record-form';

export type StrategyOption = { id: string; title: string };

type PriorityFormProps = RecordFormProps<VersionedPriority> & {
  areaCode: string;
  /** The area's name, as the indicator picker says whether it has figures. */
  areaName: string;
  strategies: StrategyOption[];
  /** The outcomes the priority may work towards: the form offers those of the chosen strategy. */
  outcomes: LinkOption[];
  defaultStrategyId?: string;
};

/** The figures a measure on the indicator may follow: its headline, or one category of a breakdown. */
function figureOptions(choice: IndicatorChoice, areaName: string) {
  return [
    { value: headlineFigure, text: 'The headline figure (all children and young people)' },
    ...choice.breakdowns.flatMap(({ breakdown, categories }) =>
      categories.map(({ category, hasData }) => ({
        value: `${breakdown}|${category}`,
        text: `${breakdownLabel(breakdown)}: ${categoryChoiceLabel(breakdown, category)}${hasData ? '' : ` (no figures for ${areaName} yet)`}`,
      })),
    ),
  ];
}

export function PriorityForm({ areaCode, areaName, strategies, outcomes, existing, defaultStrategyId, heading, caption, cancelHref, onSaved }: PriorityFormProps) {
  const form = useRecordForm({
    ...priorityFormFields,
    emptyValues: () => emptyValues(defaultStrategyId ?? strategies[0]?.id ?? ''),
    existing,
    submit: submitWith(existing, toInput, useCreatePriority(areaCode), useUpdatePriority(areaCode), onSaved),
    fetchLatest: () => getPriority(areaCode, existing?.record.id ?? ''),
  });
  const { values, setValues, errorFor, dateErrorFor, focusOnNextRender, field, choice, links } = form;
  const indicatorChoices = useIndicatorChoices(areaCode);
  const catalogue = indicatorChoices.data ?? [];
  const names = { strategies, outcomes, catalogue };

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

  const addAction = () => {
    focusOnNextRender(`actions-${values.actions.length}-description`);
    setValues((current) => ({ ...current, actions: [...current.actions, emptyAction()] }));
  };
  const removeAction = (index: number) => {
    focusOnNextRender('actions');
    setValues((current) => ({ ...current, actions: current.actions.filter((_, i) => i !== index) }));
    form.setFieldErrors([]);
  };
  const addMeasure = () => {
    focusOnNextRender(`measures-${values.measures.length}-description`);
    setValues((current) => ({ ...current, measures: [...current.measures, emptyMeasure()] }));
  };
  const removeMeasure = (index: number) => {
    focusOnNextRender('measures');
    setValues((current) => ({ ...current, measures: current.measures.filter((_, i) => i !== index) }));
    form.setFieldErrors([]);
  };

  const strategyOptions = [
    ...(values.strategyId === '' ? [{ value: '', text: 'Select a strategy' }] : []),
    ...strategies.map((strategy) => ({ value: strategy.id, text: strategy.title })),
  ];

  return (
    <RecordForm
      form={form}
      noun="priority"
      savedRows={(saved) => savedPriorityRows(saved, names)}
      valueWords={priorityValueWords(names)}
      caption={caption}
      heading={heading}
      submitLabel="Save priority"
      cancelHref={cancelHref}
    >
      <Select {...field('strategyId')} label="Strategy" options={strategyOptions} />
      <Input
        {...field('number')}
        label="Number"
        hint="Its order in the strategy. Leave empty to use the next free number."
        inputMode="numeric"
        width="3"
        spellCheck={false}
      />
      <Input {...field('title')} label="Title" />
      <Select {...choice('status')} label="Status" options={ragStatuses.map((status) => ({ value: status.value, text: status.label }))} />
      <Input {...field('lead')} label="Lead" hint="The person or team who leads this priority" />
      <Textarea {...field('description')} label="Description" />
      <Textarea {...field('rationale')} label="Why this is a priority" hint="The evidence: what the data and families tell us" />

      <h2 className="govuk-heading-m" id="actions" tabIndex={-1}>
        Actions
      </h2>
      {values.actions.length === 0 && <p className="govuk-body">No actions yet.</p>}
      {values.actions.map((action, index) => {
        const prefix = `actions-${index}`;
        return (
          <Fieldset key={action.key} id={prefix} legend={`Action ${index + 1}`} legendSize="s" headingLevel={3} className="sendhub-repeated">
            <Textarea
              id={`${prefix}-description`}
              label="Description"
              rows={3}
              value={action.description}
              onChange={(value) => setAction(index, { description: value })}
              error={errorFor(`${prefix}-description`)}
            />
            <Input
              id={`${prefix}-owner`}
              label="Owner"
              value={action.owner}
              onChange={(value) => setAction(index, { owner: value })}
              error={errorFor(`${prefix}-owner`)}
            />
            <DateInput
              id={`${prefix}-dueDate`}
              legend="Due date"
              value={action.dueDate}
              onChange={(value) => setAction(index, { dueDate: value })}
              error={dateErrorFor(`${prefix}-dueDate`)}
            />
            <Select
              id={`${prefix}-status`}
              label="Status"
              value={action.status}
              onChange={(value) => setAction(index, { status: value as ActionValues['status'] })}
              options={actionStatuses.map((status) => ({ value: status.value, text: status.label }))}
              error={errorFor(`${prefix}-status`)}
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
        return (
          <Fieldset key={measure.key} id={prefix} legend={`Measure ${index + 1}`} legendSize="s" headingLevel={3} className="sendhub-repeated">
            <Textarea
              id={`${prefix}-description`}
              label="Description"
              rows={3}
              value={measure.description}
              onChange={(value) => setMeasure(index, { description: value })}
              error={errorFor(`${prefix}-description`)}
            />
            {indicatorChoices.isError && <p className="govuk-body">The indicator catalogue could not be loaded. Reload the page to choose an indicator.</p>}
            {indicatorChoices.isPending ? (
              <p className="govuk-body">Loading the indicator catalogue…</p>
            ) : (
              <IndicatorPicker
                id={`${prefix}-indicatorCode`}
                label="Indicator (optional)"
                hint="The figure that shows whether this is working. Type part of its name, like “EHC plans” or “attendance”, then choose it from the list"
                choices={catalogue}
                areaName={areaName}
                value={measure.indicatorCode}
                onChange={(code) => setMeasure(index, { indicatorCode: code, figure: headlineFigure })}
                error={errorFor(`${prefix}-indicatorCode`)}
              />
            )}
            {(() => {
              const chosen = catalogue.find((one) => one.code === measure.indicatorCode);
              if (!chosen) return null;
              return (
                <>
                  {chosen.breakdowns.length > 0 && (
                    <Select
                      id={`${prefix}-category`}
                      label="Which figure"
                      hint={`The whole figure, or one group of it, like one primary need`}
                      options={figureOptions(chosen, areaName)}
                      value={measure.figure}
                      onChange={(figure) => setMeasure(index, { figure })}
                      error={errorFor(`${prefix}-category`) ?? errorFor(`${prefix}-breakdown`)}
                    />
                  )}
                  <Input
                    id={`${prefix}-targetValue`}
                    label="Target (optional)"
                    hint={`A number in the indicator's unit (${unitInWords(chosen.unit)}), like ${chosen.unit === 'percent' ? '90 for 90%' : '120'}`}
                    width="10"
                    inputMode="decimal"
                    spellCheck={false}
                    value={measure.targetValue}
                    onChange={(value) => setMeasure(index, { targetValue: value })}
                    error={errorFor(`${prefix}-targetValue`)}
                  />
                </>
              );
            })()}
            <DateInput
              id={`${prefix}-targetDate`}
              legend="Target date"
              value={measure.targetDate}
              onChange={(value) => setMeasure(index, { targetDate: value })}
              error={dateErrorFor(`${prefix}-targetDate`)}
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

      <Checkboxes
        {...links('outcomeIds', outcomes, { strategyId: values.strategyId, elsewhere: 'An outcome of another strategy' })}
        legend="Outcomes it works towards"
        hint="The outcomes of the chosen strategy that this priority serves"
        none="The chosen strategy has no outcomes yet."
      />

    </RecordForm>
  );
}
