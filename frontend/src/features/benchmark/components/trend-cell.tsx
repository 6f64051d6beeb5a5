import type { RecentTrend } from '@/features/benchmark/types';
import { trendReading } from '@/features/benchmark/utils/comparisons';

/** The recent trend: an arrow coloured better or worse for the eye, the words for everyone, and what was tested or why not. */
export function TrendCell({ trend }: { trend: RecentTrend }) {
  const reading = trendReading(trend);
  return (
    <>
      <span className="sendhub-trend">
        {reading.arrow && (
          <span className={`sendhub-trend__arrow sendhub-trend__arrow--${reading.tone}`} aria-hidden="true">
            {reading.arrow}
          </span>
        )}
        {reading.words}
      </span>
      {reading.hint && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0 sendhub-block">{reading.hint}</span>}
    </>
  );
}
