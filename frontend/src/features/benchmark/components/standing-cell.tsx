import type { LocalAuthorityStanding } from '@/features/benchmark/types';
import { quartileWords, rankWords } from '@/features/benchmark/utils/comparisons';

/** The place among all local authorities: its rank and its quarter. */
export function StandingCell({ standing }: { standing: LocalAuthorityStanding }) {
  const quarter = quartileWords(standing);
  return (
    <>
      <span className="sendhub-block">{rankWords(standing)}</span>
      {quarter && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0 sendhub-block">{quarter}</span>}
    </>
  );
}
