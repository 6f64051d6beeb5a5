import { useState } from 'react';
import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { Fieldset } from '@/components/govuk/fieldset';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Select, type SelectOption } from '@/components/govuk/select';
import { EesNewIndicator } from '@/features/indicator/components/ees-new-indicator';
import { sampleWords } from '@/features/indicator/components/ees-file-columns';
import type { Indicator } from '@/features/indicator/types';
import type { FileColumn } from '@/features/indicator/utils/ees-csv';
import {
  breakdownNameId,
  breakdownTopicId,
  breakdownWords,
  columnTargetId,
  emptyTarget,
  indicatorColumnsId,
  type ColumnTarget,
  type MappingDraft,
} from '@/features/indicator/utils/ees-mapping';
import '@/features/indicator/components/ees-import.css';

type Choice = 'skip' | 'catalogue' | 'new';

/** A filter column with more values than this is not offered as rows to keep (it is a place's name or the like). */
const mostFilterValues = 30;

const indicatorLabel = (indicator: Indicator) => `${indicator.name} (${indicator.code})`;

/** What a column becomes, in words: "Skipped", "EHC plans (ehcp_plans), as the category Special schools of setting". */
function targetWords(target: ColumnTarget | undefined, catalogue: Indicator[]): string {
  if (!target) return 'Skipped';
  const indicator = catalogue.find((item) => item.code === target.indicator);
  const name = indicator ? indicatorLabel(indicator) : target.indicator;
  const parts = [name];
  if (target.breakdown) parts.push(`as the category ${target.category || '(not given)'} of ${breakdownWords(target.breakdown).toLowerCase()}`);
  if (target.numerator) parts.push(`numerator from ${target.numerator}`);
  if (target.denominator) parts.push(`denominator from ${target.denominator}`);
  return parts.join(', ');
}

/** The choices for one indicator column: skip it, or which indicator (and category) it becomes. */
function ColumnEditor({
  id,
  column,
  target,
  catalogue,
  figureColumns,
  rowBreakdown,
  isAdmin,
  onAdded,
  onChange,
  onDone,
}: {
  id: string;
  column: FileColumn;
  target: ColumnTarget | undefined;
  catalogue: Indicator[];
  onAdded: (indicator: Indicator) => void;
  figureColumns: string[];
  rowBreakdown: string;
  isAdmin: boolean;
  onChange: (target: ColumnTarget | undefined) => void;
  onDone: () => void;
}) {
  const [choice, setChoice] = useState<Choice>(target ? 'catalogue' : 'skip');
  const [search, setSearch] = useState('');
  const chosen = catalogue.find((indicator) => indicator.code === target?.indicator);
  const words = search.trim().toLowerCase();
  const found = catalogue.filter(
    (indicator) => indicator === chosen || words === '' || indicator.name.toLowerCase().includes(words) || indicator.code.includes(words),
  );
  const indicatorOptions: SelectOption[] = [
    { value: '', text: found.length === 0 ? 'No indicator matches the search' : 'Choose an indicator' },
    ...found.map((indicator) => ({ value: indicator.code, text: indicatorLabel(indicator) })),
  ];
  const columnOptions = (none: string): SelectOption[] => [
    { value: '', text: none },
    ...figureColumns.filter((name) => name !== column.name).map((name) => ({ value: name, text: name })),
  ];
  const update = (change: Partial<ColumnTarget>) => onChange({ ...(target ?? emptyTarget()), ...change });

  return (
    <div>
      <Radios
        id={`${id}-choice`}
        legend={`What should column ${column.name} become?`}
        value={choice}
        onChange={(value) => {
          setChoice(value as Choice);
          if (value === 'skip') onChange(undefined);
        }}
        items={[
          { value: 'skip', label: 'Skip it: import nothing from this column' },
          { value: 'catalogue', label: 'An indicator in the catalogue' },
          { value: 'new', label: 'A new indicator' },
        ]}
      />
      {choice === 'catalogue' && (
        <>
          <Input id={`${id}-search`} label="Search the catalogue" hint="By name or code" value={search} onChange={setSearch} type="search" />
          <Select
            id={`${id}-indicator`}
            label="Indicator"
            value={target?.indicator ?? ''}
            onChange={(code) => (code ? update({ indicator: code, breakdown: '', category: '' }) : onChange(undefined))}
            options={indicatorOptions}
          />
          {chosen && (
            <>
              <Select
                id={`${id}-breakdown`}
                label="Is the column one category of a breakdown?"
                hint={
                  rowBreakdown
                    ? `If not, its rows give the categories of ${rowBreakdown}, as chosen below`
                    : 'EES often gives settings or needs as columns: mainstream, special schools…'
                }
                value={target?.breakdown ?? ''}
                onChange={(breakdown) => update({ breakdown, category: breakdown ? (target?.category ?? '') : '' })}
                options={[
                  { value: '', text: 'No' },
                  ...chosen.breakdowns.map((breakdown) => ({ value: breakdown, text: `Yes, of ${breakdownWords(breakdown).toLowerCase()}` })),
                ]}
              />
              {target?.breakdown && (
                <Input
                  id={`${id}-category`}
                  label="Category"
                  hint="As the explorer will show it, for example Special schools"
                  value={target.category}
                  onChange={(category) => update({ category })}
                />
              )}
              <Select
                id={`${id}-numerator`}
                label="Numerator column (optional)"
                hint="For a rate or percentage: the column with the count it is of"
                value={target?.numerator ?? ''}
                onChange={(numerator) => update({ numerator })}
                options={columnOptions('None')}
              />
              <Select
                id={`${id}-denominator`}
                label="Denominator column (optional)"
                value={target?.denominator ?? ''}
                onChange={(denominator) => update({ denominator })}
                options={columnOptions('None')}
              />
            </>
          )}
        </>
      )}
      {choice === 'new' &&
        (isAdmin ? (
          <EesNewIndicator
            idPrefix={id}
            column={column.name}
            breakdown={rowBreakdown}
            onCreated={(indicator) => {
              onAdded(indicator);
              setChoice('catalogue');
              onChange(emptyTarget(indicator.code));
            }}
          />
        ) : (
          <p className="govuk-body" id={`${id}-new`}>
            Only administrators can add indicators to the catalogue, so that every area reads the same figures the same way. Ask your SEND Hub
            administrator to add it, then choose it here; or skip this column for now.
          </p>
        ))}
      <Button variant="secondary" onClick={onDone}>
        Done with column {column.name}
      </Button>
    </div>
  );
}

/**
 * Builds a mapping column by column: what each indicator column becomes, which filter column holds
 * the categories, which rows to keep, and what to do with places the service does not know.
 */
export function EesMappingBuilder({
  columns,
  draft,
  catalogue,
  isAdmin,
  onChange,
}: {
  columns: FileColumn[];
  draft: MappingDraft;
  catalogue: Indicator[];
  isAdmin: boolean;
  onChange: (draft: MappingDraft) => void;
}) {
  const [open, setOpen] = useState<string>();
  // An indicator added here is offered at once, before the catalogue is read again.
  const [added, setAdded] = useState<Indicator[]>([]);
  const known = [...catalogue, ...added.filter((indicator) => !catalogue.some((item) => item.code === indicator.code))];
  const figureColumns = columns.filter((column) => column.role === 'indicator');
  const filterColumns = columns.filter((column) => column.role === 'filter');
  const filterOptions = (none: string): SelectOption[] => [{ value: '', text: none }, ...filterColumns.map((column) => ({ value: column.name, text: column.name }))];
  const columnIndex = (name: string) => columns.findIndex((column) => column.name === name);
  const topicValues = columns.find((column) => column.name === draft.topicColumn)?.values ?? [];
  const rowBreakdown = draft.breakdownColumn ? draft.breakdownName.trim() : '';

  const setTarget = (column: string, target: ColumnTarget | undefined) => {
    const { [column]: _dropped, ...others } = draft.columns;
    onChange({ ...draft, columns: target ? { ...others, [column]: target } : others });
  };

  return (
    <>
      <Fieldset legend="Figures: what each column becomes" headingLevel={3} id={indicatorColumnsId}>
        <p className="govuk-body">
          These {figureColumns.length.toLocaleString('en-GB')} columns hold figures. Choose the indicator each becomes, or skip it. A column
          can also be one category of a breakdown, as EES gives settings as columns.
        </p>
        <dl className="govuk-summary-list">
          {figureColumns.map((column) => {
            const id = columnTargetId(columnIndex(column.name));
            const isOpen = open === column.name;
            return (
              <div key={column.name} id={id} tabIndex={-1} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <code className="sendhub-code sendhub-break-anywhere">{column.name}</code>
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 sendhub-column-sample">
                    For example {sampleWords(column.values)}
                  </span>
                </dt>
                <dd className="govuk-summary-list__value">
                  {isOpen ? (
                    <ColumnEditor
                      id={id}
                      column={column}
                      target={draft.columns[column.name]}
                      catalogue={known}
                      onAdded={(indicator) => setAdded((list) => [...list, indicator])}
                      figureColumns={figureColumns.map((figure) => figure.name)}
                      rowBreakdown={rowBreakdown}
                      isAdmin={isAdmin}
                      onChange={(target) => setTarget(column.name, target)}
                      onDone={() => {
                        setOpen(undefined);
                        // The row's button is back once the editor is gone.
                        setTimeout(() => document.getElementById(`${id}-change`)?.focus());
                      }}
                    />
                  ) : (
                    targetWords(draft.columns[column.name], known)
                  )}
                </dd>
                <dd className="govuk-summary-list__actions">
                  {!isOpen && (
                    <button type="button" className="sendhub-link-button" id={`${id}-change`} onClick={() => setOpen(column.name)}>
                      {draft.columns[column.name] ? 'Change' : 'Choose'}{' '}
                      <span className="govuk-visually-hidden">what column {column.name} becomes</span>
                    </button>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </Fieldset>

      <Fieldset legend="Categories in the rows" headingLevel={3} hint="Where a filter column, such as breakdown, gives a category on each row: Female, Male…">
        <Select
          id="breakdown-column"
          label="Column whose values are categories"
          value={draft.breakdownColumn}
          onChange={(breakdownColumn) => onChange({ ...draft, breakdownColumn })}
          options={filterOptions('None: the rows have no categories')}
        />
        {draft.breakdownColumn && (
          <>
            <Input
              id={breakdownNameId}
              label="Breakdown name"
              hint="As the catalogue names it, for example sex or primary_need; each indicator the rows go to must have it"
              value={draft.breakdownName}
              onChange={(breakdownName) => onChange({ ...draft, breakdownName })}
              width="20"
            />
            <Select
              id="breakdown-topic-column"
              label="Column of the topic (optional)"
              hint="EES files often give several breakdowns, one topic each, in breakdown_topic"
              value={draft.topicColumn}
              onChange={(topicColumn) => onChange({ ...draft, topicColumn, topic: topicColumn ? draft.topic : '' })}
              options={filterOptions('None')}
            />
            {draft.topicColumn && (
              <Input
                id={breakdownTopicId}
                label="Topic"
                hint={`Rows of other topics are skipped; the headline rows (such as “All EHC plans”) give the total. In the first rows: ${sampleWords(topicValues, 6)}`}
                value={draft.topic}
                onChange={(topic) => onChange({ ...draft, topic })}
              />
            )}
          </>
        )}
      </Fieldset>

      <Fieldset legend="Rows to keep" headingLevel={3} hint="Leave a column’s boxes empty to keep all its rows. The values are those of the first rows of the file.">
        {filterColumns
          .filter((column) => column.values.length > 0 && column.values.length <= mostFilterValues)
          .map((column) => (
            <Checkboxes
              key={column.name}
              id={`filter-${columnIndex(column.name)}`}
              legend={`Keep rows where ${column.name} is`}
              small
              values={draft.filters[column.name] ?? []}
              onChange={(values) => onChange({ ...draft, filters: { ...draft.filters, [column.name]: values } })}
              items={column.values.map((value) => ({ value, label: value }))}
            />
          ))}
        {filterColumns.length === 0 && <p className="govuk-body">The file has no filter columns.</p>}
      </Fieldset>

      <Radios
        id="unknown-places"
        legend="A row for a place the service does not know"
        legendSize="m"
        hint="DfE’s older files carry codes of councils that have since been replaced."
        value={draft.unknownPlaces}
        onChange={(value) => onChange({ ...draft, unknownPlaces: value as MappingDraft['unknownPlaces'] })}
        items={[
          { value: 'error', label: 'List it as a problem: import nothing until it is fixed' },
          { value: 'skip', label: 'Skip it, and say how many rows of each code were skipped' },
        ]}
      />
    </>
  );
}
