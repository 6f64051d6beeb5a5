import type { Benchmark, Comparator } from '@/features/indicator/types';
import { verdictOf } from '@/features/indicator/utils/verdict';

/** The place against its comparators and its recent trend, in plain English, above the charts. */
export function BenchmarkVerdict({ benchmark, compare }: { benchmark: Benchmark; compare: Comparator[] }) {
  const verdict = verdictOf(benchmark, compare);
  return (
    <section aria-labelledby="verdict-heading" className="govuk-inset-text">
      <h2 className="govuk-heading-m" id="verdict-heading">
        {benchmark.place.name} at a glance
      </h2>
      <p className="govuk-body govuk-!-font-weight-bold">{verdict.headline}</p>
      {verdict.notCompared.map((sentence) => (
        <p className="govuk-body" key={sentence}>
          {sentence}
        </p>
      ))}
      <p className="govuk-body">{verdict.trend}</p>
      {verdict.basis && <p className="govuk-body-s">{verdict.basis}</p>}
    </section>
  );
}
