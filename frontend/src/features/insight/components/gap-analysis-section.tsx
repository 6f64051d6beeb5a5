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

/** Need against provision by primary need: the rule the ranking follows (the API's), the note, the chart, the table, the sources and the forecast gaps. */
export function GapAnalysisSection({ gaps, nested = false }: { gaps: GapAnalysis; /** Inside a report's own section. */ nested?: boolean }) {
  return (
    <>
      <p className="govuk-body">{gaps.rule}</p>
      {gaps.note && (
        <div className="govuk-inset-text">
          <p className="govuk-body">{gaps.note}</p>
        </div>
      )}
      <GrowthChart needs={gaps.needs} />
      <GapTable needs={gaps.needs} caption="Primary needs ranked by growth against provision" />
      {gaps.sources.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Where the figures come from</h2>
          {gaps.sources.map((source) => (
            <div key={source.indicator} className="sendhub-report-block">
              <h3 className="govuk-heading-s">{source.name}</h3>
              {source.source && <p className="govuk-body">Source: {source.source}.</p>}
              {source.definition && <p className="govuk-body">{source.definition}</p>}
              {source.caveats.length > 0 && (
                <>
                  <p className="govuk-body">Before you rely on it:</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {source.caveats.map((caveat) => (
                      <li key={caveat}>{caveat}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ))}
        </>
      )}
      <ForecastGaps gaps={gaps.forecastGaps} nested={nested} />
    </>
  );
}
