import '@/features/insight/insight.css';
import { GapTable } from '@/features/insight/components/gap-table';
import { GrowthChart } from '@/features/insight/components/growth-chart';
import type { GapAnalysis } from '@/features/insight/types';

/** Need against provision by primary need: what the rank means, the API's note, the chart and its table. */
export function GapAnalysisSection({ gaps }: { gaps: GapAnalysis }) {
  return (
    <>
      <p className="govuk-body">
        Each primary need, ranked so that needs growing fast with few services come first: growth in % divided by one more than the
        number of live services that serve the need.
        {gaps.prevalenceIndicator && ` Prevalence from the indicator ${gaps.prevalenceIndicator}`}
        {gaps.growthIndicator && `, growth from ${gaps.growthIndicator}`}
        {gaps.prevalenceIndicator && '.'}
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
