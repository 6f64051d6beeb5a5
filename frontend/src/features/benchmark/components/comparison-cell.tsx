import { Tag } from '@/components/govuk/tag';
import type { BenchmarkComparator } from '@/features/benchmark/types';
import { verdictOf } from '@/features/benchmark/utils/comparisons';
import { formatFigure, type IndicatorUnit } from '@/lib/indicator-values';

/** How the place compares with a comparator: the word in its colour, read out with the comparator's name ("Better than England"). */
export function SignificanceTag({ comparator, name }: { comparator: BenchmarkComparator | undefined; name: string }) {
  const verdict = verdictOf(comparator);
  return (
    <Tag colour={verdict.colour}>
      {verdict.word}
      <span className="govuk-visually-hidden">{` ${verdict.joiner} ${name}`}</span>
    </Tag>
  );
}

/** A comparator's value for the same period, and how the place compares with it. */
export function ComparisonCell({ comparator, name, unit }: { comparator: BenchmarkComparator | undefined; name: string; unit: IndicatorUnit }) {
  if (!comparator) return <span className="govuk-hint govuk-!-margin-0">None</span>;
  return (
    <div className="sendhub-comparison">
      <span>{formatFigure(comparator, unit)}</span>
      <SignificanceTag comparator={comparator} name={name} />
    </div>
  );
}
