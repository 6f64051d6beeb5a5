import '@/features/insight/insight.css';
import { GapTable } from '@/features/insight/components/gap-table';
import { GrowthChart } from '@/features/insight/components/growth-chart';
import type { GapAnalysis } from '@/features/insight/types';

/**
 * Need against provision by primary need: what the rank means, where the figures come from (the
 * indicators by name: `indicatorName` finds it in the catalogue), the API's note, the chart and its table.
 */
export function GapAnalysisSection({ gaps, indicatorName }: { gaps: GapAnalysis; indicatorName: (code: string) => string | undefined }) {
  const prevalence = gaps.prevalenceIndicator && (indicatorName(gaps.prevalenceIndicator) ?? 'an indicator of the catalogue');
  const growth = gaps.growthIndicator && (indicatorName(gaps.growthIndicator) ?? 'an indicator of the catalogue');
  return (
    <>
      <p className="govuk-body">
        Each primary need, ranked so that needs growing fast with few services come first: growth in % divided by one more than the
        number of live services that serve the need.
        {prevalence && ` Prevalence comes from “${prevalence}”`}
        {growth && `${prevalence ? ',' : ''} growth from “${growth}”`}
        {(prevalence || growth) && '.'}
      </p>
      {gaps.note && (
        <div className="govuk-inset-text">
          <p className="govuk-body">{gaps.note}</p>
        </div>
      )}
      <GrowthChart needs={gaps.needs} />
      <GapTable needs={gaps.needs} caption="Primary needs ranked by growth against provision" />
    </>
  );
}
