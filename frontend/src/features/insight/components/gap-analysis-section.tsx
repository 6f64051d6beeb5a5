import '@/features/insight/insight.css';
import { GapTable } from '@/features/insight/components/gap-table';
import { GrowthChart } from '@/features/insight/components/growth-chart';
import type { GapAnalysis } from '@/features/insight/types';

/** Need against provision by primary need: the rule the ranking follows (the API's), the note, the chart, the table and the sources. */
export function GapAnalysisSection({ gaps }: { gaps: GapAnalysis }) {
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
    </>
  );
}
