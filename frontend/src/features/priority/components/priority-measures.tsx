import { Link } from 'react-router-dom';
import { DirectionTag, OnTargetTag } from '@/components/direction-tag';
import { Table } from '@/components/govuk/table';
import { usePriorityMeasures, type MeasureProgress } from '@/features/priority/api/get-priority-measures';
import type { Priority } from '@/features/priority/types';
import { formatDate } from '@/lib/format';
import { asIndicatorUnit, formatFigureOf, formatIndicatorValue } from '@/lib/indicator-values';
import { indicatorsPath } from '@/lib/paths';

type Measure = Priority['measures'][number];

function hint(text: string) {
  return <span className="govuk-hint govuk-!-margin-0">{text}</span>;
}

/** The measure's progress, when the API's answer is for this very measure (the list follows the priority's order). */
function progressFor(measure: Measure, progress: MeasureProgress | undefined): MeasureProgress | undefined {
  return progress && progress.description === measure.description && progress.indicatorCode === (measure.indicatorCode ?? null) ? progress : undefined;
}

function MeasureCell({ measure, progress, areaCode }: { measure: Measure; progress?: MeasureProgress; areaCode: string }) {
  return (
    <>
      <span className="sendhub-pre-line govuk-!-display-block">{measure.description}</span>
      {measure.indicatorCode && (
        <>
          {' '}
          <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
            Indicator:{' '}
            <Link className="govuk-link" to={indicatorsPath({ indicator: measure.indicatorCode, areas: [areaCode] })}>
              {progress?.indicatorName ?? measure.indicatorCode}
            </Link>
          </span>
        </>
      )}
    </>
  );
}

function TargetCell({ measure, unit }: { measure: Measure; unit: ReturnType<typeof asIndicatorUnit> }) {
  const value = measure.targetValue ?? null;
  if (!measure.target && value === null) return hint('None set');
  return (
    <>
      {measure.target && <span className="govuk-!-display-block">{measure.target}</span>}
      {measure.target && value !== null && ' '}
      {value !== null && (
        <span className="govuk-!-display-block">{measure.target ? `Target value: ${formatIndicatorValue(value, unit)}` : formatIndicatorValue(value, unit)}</span>
      )}
    </>
  );
}

/** How we will know: each measure with its indicator's latest value, its target and whether it is moving the right way. */
export function PriorityMeasures({ areaCode, priority }: { areaCode: string; priority: Priority }) {
  const progress = usePriorityMeasures(areaCode, priority.id, priority.version);

  return (
    <section aria-labelledby="measures-heading">
      <h2 className="govuk-heading-m" id="measures-heading">
        How we will know
      </h2>
      {priority.measures.length === 0 ? (
        <p className="govuk-body">No measures recorded.</p>
      ) : (
        <>
          {progress.isError && <p className="govuk-body">The latest values of the measures could not be loaded.</p>}
          <Table
            caption="How we will know"
            captionHidden
            stacked
            head={[{ text: 'Measure' }, { text: 'Latest value' }, { text: 'Target' }, { text: 'Target date' }, { text: 'Progress' }]}
            rows={priority.measures.map((measure, index) => {
              const found = progressFor(measure, progress.data?.[index]);
              const unit = asIndicatorUnit(found?.unit);
              const latest = found?.latest;
              return {
                key: String(index),
                cells: [
                  <MeasureCell key="measure" measure={measure} progress={found} areaCode={areaCode} />,
                  !measure.indicatorCode
                    ? hint('No indicator')
                    : latest
                      ? formatFigureOf(latest, unit)
                      : hint(progress.isPending ? 'Loading…' : 'No value yet'),
                  <TargetCell key="target" measure={measure} unit={unit} />,
                  measure.targetDate ? formatDate(measure.targetDate) : hint('None set'),
                  found?.indicatorCode ? (
                    <span key="progress" className="sendhub-tags">
                      <DirectionTag direction={found.direction} />
                      <OnTargetTag onTarget={found.onTarget} />
                    </span>
                  ) : (
                    ''
                  ),
                ],
              };
            })}
          />
        </>
      )}
    </section>
  );
}
