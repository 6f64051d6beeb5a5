import '@/features/insight/insight.css';
import { GapTable } from '@/features/insight/components/gap-table';
import { GrowthChart } from '@/features/insight/components/growth-chart';
import type { GapAnalysis } from '@/features/insight/types';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The sufficiency's shortfalls: forecast EHC plans above the capacity serving them, each at its largest. */
function ForecastGaps({ gaps, nested }: { gaps: GapAnalysis['forecastGaps']; nested: boolean }) {
  const Heading = nested ? 'h3' : 'h2';
  return (
    <>
      <Heading className="govuk-heading-m">Forecast gaps</Heading>
      {gaps.length === 0 ? (
        <p className="govuk-body">
          No shortfall is forecast in the next five years where services record a capacity (see the sufficiency page).
        </p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {gaps.map((gap) => (
            <li key={`${gap.dimension}-${gap.code}`}>
              {gap.label}: {whole.format(gap.demand)} EHC plans forecast in {gap.period} against a capacity of {whole.format(gap.capacity)}, short
              by {whole.format(gap.gap)} (short from {gap.firstShortfallPeriod})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Need against provision by primary need: what the rank means, the API's note, the chart and its table. */
export function GapAnalysisSection({ gaps, nested = false }: { gaps: GapAnalysis; /** Inside a report's own section. */ nested?: boolean }) {
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
      <ForecastGaps gaps={gaps.forecastGaps} nested={nested} />
    </>
  );
}
