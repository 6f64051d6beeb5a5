import type { ErrorSummaryItem } from '@/components/govuk/error-summary';
import type { EesImportReport, EesMapping, EesPreviewValue } from '@/features/indicator/ees-types';
import type { Indicator } from '@/features/indicator/types';
import type { FieldError } from '@/lib/api-client';
import { formatIndicatorValue } from '@/lib/indicator-values';

/** What one indicator column of the file becomes. */
export type ColumnTarget = {
  /** The catalogue indicator's code. */
  indicator: string;
  /** With `category`: the column is this category of this breakdown of the indicator. */
  breakdown: string;
  category: string;
  /** The columns of a rate's numerator and denominator, if the file has them. */
  numerator: string;
  denominator: string;
};

/** A mapping as the page builds it: text as chosen or typed, turned into an EesMapping to send. */
export type MappingDraft = {
  /** Only the columns that become an indicator; the others are skipped. */
  columns: Record<string, ColumnTarget>;
  /** The filter column whose values become categories, and the breakdown they are categories of. */
  breakdownColumn: string;
  breakdownName: string;
  /** With a topic column (EES's breakdown_topic), only rows of this topic give categories. */
  topicColumn: string;
  topic: string;
  /** Rows to keep: a filter column and the values it may have; a column with none chosen keeps every row. */
  filters: Record<string, string[]>;
  unknownPlaces: 'error' | 'skip';
};

export function emptyDraft(): MappingDraft {
  return { columns: {}, breakdownColumn: '', breakdownName: '', topicColumn: '', topic: '', filters: {}, unknownPlaces: 'error' };
}

export function emptyTarget(indicator = ''): ColumnTarget {
  return { indicator, breakdown: '', category: '', numerator: '', denominator: '' };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toMapping(draft: MappingDraft): EesMapping {
  const indicators: EesMapping['indicators'] = {};
  for (const [column, target] of Object.entries(draft.columns)) {
    const breakdown = orNull(target.breakdown);
    const category = breakdown ? orNull(target.category) : null;
    const numerator = orNull(target.numerator);
    const denominator = orNull(target.denominator);
    indicators[column] =
      breakdown || numerator || denominator
        ? { indicator: target.indicator, breakdown, category: breakdown ? category : null, numerator, denominator }
        : target.indicator;
  }
  const filters = Object.fromEntries(Object.entries(draft.filters).filter(([, values]) => values.length > 0));
  const breakdownColumn = orNull(draft.breakdownColumn);
  return {
    indicators,
    breakdown: breakdownColumn
      ? { column: breakdownColumn, name: orNull(draft.breakdownName), topicColumn: orNull(draft.topicColumn), topic: orNull(draft.topic) }
      : null,
    filters: Object.keys(filters).length > 0 ? filters : null,
    unknownPlaces: draft.unknownPlaces,
  };
}

/** The id of the part of the page where a column's choice is made (column names are not ids). */
export const columnTargetId = (index: number) => `column-${index}`;
export const indicatorColumnsId = 'indicator-columns';
export const breakdownNameId = 'breakdown-name';
export const breakdownTopicId = 'breakdown-topic';

function breakdownsOf(indicator: Indicator | undefined): string {
  return ['total', ...(indicator?.breakdowns ?? [])].join(', ');
}

/**
 * What the page can tell is wrong with a mapping before sending it: the same rules the API checks
 * against the catalogue, said where the choice is made.
 */
export function draftProblems(draft: MappingDraft, columns: string[], catalogue: Indicator[]): ErrorSummaryItem[] {
  const problems: ErrorSummaryItem[] = [];
  const mapped = Object.entries(draft.columns);
  if (mapped.length === 0) problems.push({ text: 'Choose an indicator for at least one column of the file', href: `#${indicatorColumnsId}` });
  if (draft.breakdownColumn && !draft.breakdownName.trim()) {
    problems.push({ text: 'Enter the name of the breakdown the categories belong to, for example sex', href: `#${breakdownNameId}` });
  }
  if (draft.topicColumn && !draft.topic.trim()) {
    problems.push({ text: 'Enter the topic whose rows give the categories, for example Sex', href: `#${breakdownTopicId}` });
  }
  for (const [column, target] of mapped) {
    const href = `#${columnTargetId(columns.indexOf(column))}`;
    const indicator = catalogue.find((item) => item.code === target.indicator);
    const name = indicator?.name ?? target.indicator;
    if (target.breakdown && !target.category.trim()) {
      problems.push({ text: `Enter the category that column ${column} is, for example Special schools`, href });
    }
    const breakdown = target.breakdown || (draft.breakdownColumn ? draft.breakdownName.trim() : '');
    if (indicator && breakdown && !indicator.breakdowns.includes(breakdown)) {
      problems.push({
        text: `${name} has no breakdown ${breakdown} (it has ${breakdownsOf(indicator)}): add it to the indicator in the catalogue first, or choose another`,
        href,
      });
    }
  }
  return problems;
}

/** The API's problems with a mapping, linked to where the page makes that choice. */
export function mappingErrorItems(errors: FieldError[], columns: string[]): ErrorSummaryItem[] {
  return errors.map((error) => {
    const message = error.message.charAt(0).toUpperCase() + error.message.slice(1);
    const column = /^mapping\.indicators\.(.+)$/.exec(error.field)?.[1];
    if (column !== undefined && columns.includes(column)) {
      return { text: `Column ${column}: ${error.message}`, href: `#${columnTargetId(columns.indexOf(column))}` };
    }
    if (error.field.startsWith('mapping.breakdown')) return { text: `Breakdown: ${error.message}`, href: `#${breakdownNameId}` };
    if (error.field === 'mapping.indicators') return { text: message, href: `#${indicatorColumnsId}` };
    return { text: message };
  });
}

const withheld: Record<string, string> = {
  x: 'not available',
  z: 'not applicable',
  c: 'confidential',
  low: 'rounds to zero',
  u: 'low reliability',
};

/** A value of the preview in plain words: "2,798", "43.3%", "Withheld (x: not available)". */
export function previewFigure(value: EesPreviewValue, indicator: Indicator | undefined): string {
  if (value.suppression) return `Withheld (${value.suppression}: ${withheld[value.suppression] ?? 'not published'})`;
  const figure = formatIndicatorValue(value.value, indicator?.unit);
  if (value.numerator !== null && value.denominator !== null) {
    return `${figure} (${value.numerator.toLocaleString('en-GB')} of ${value.denominator.toLocaleString('en-GB')})`;
  }
  return figure === '' ? 'No value' : figure;
}

/** "primary_need" as "Primary need". */
export function breakdownWords(breakdown: string): string {
  const words = breakdown.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "All (headline figure)", or "Sex: Female". */
export function previewCategory(value: EesPreviewValue): string {
  if (value.breakdown === 'total') return 'All (headline figure)';
  return `${breakdownWords(value.breakdown)}: ${value.category}`;
}

/** Why rows of the file gave no value, each reason with its count; none when nothing was skipped. */
export function skippedReasons(report: EesImportReport): { reason: string; count: number }[] {
  const { skipped } = report;
  const byKey = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, count]) => `${key} (${count.toLocaleString('en-GB')})`)
      .join(', ');
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);
  return [
    { reason: `Rows at other geographic levels: ${byKey(skipped.otherLevels)}`, count: sum(skipped.otherLevels) },
    { reason: 'Rows left out by the rows to keep', count: skipped.filteredOut },
    { reason: 'Rows of other breakdown topics', count: skipped.otherBreakdowns },
    { reason: 'Empty cells (neither a figure nor a symbol)', count: skipped.emptyCells },
    { reason: 'Rows for places outside your areas', count: skipped.otherAreas },
    { reason: `Rows for places the service does not know, by code: ${byKey(skipped.unknownPlaces)}`, count: sum(skipped.unknownPlaces) },
  ].filter((item) => item.count > 0);
}
