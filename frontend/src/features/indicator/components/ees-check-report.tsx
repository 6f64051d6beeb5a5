import { Button, ButtonGroup } from '@/components/govuk/button';
import { Table } from '@/components/govuk/table';
import { CheckResult } from '@/features/indicator/components/check-result';
import type { EesImportReport } from '@/features/indicator/ees-types';
import type { Indicator } from '@/features/indicator/types';
import { previewCategory, previewFigure, skippedReasons } from '@/features/indicator/utils/ees-mapping';
import { countOf } from '@/lib/format';

export type PreviewNames = {
  indicator: (code: string) => Indicator | undefined;
  /** The place's name as the file gives it. */
  place: (code: string) => string | undefined;
};

const number = (n: number) => n.toLocaleString('en-GB');

/** The counts of a check or an import: what would be (or was) added, changed and left as it was. */
export function ChangeCounts({ report }: { report: EesImportReport }) {
  const would = report.dryRun;
  return (
    <ul className="sendhub-counts">
      <li>
        <span className="sendhub-counts__figure">{number(report.inserted)}</span> {report.inserted === 1 ? 'value' : 'values'}{' '}
        {would ? 'would be added' : 'added'}
      </li>
      <li>
        <span className="sendhub-counts__figure">{number(report.updated)}</span> {would ? 'would be changed' : 'changed'}
      </li>
      <li>
        <span className="sendhub-counts__figure">{number(report.unchanged)}</span> {would ? 'already there, unchanged' : 'unchanged'}
      </li>
    </ul>
  );
}

/** Why rows gave no value, as a table of reasons and counts. */
export function SkippedRows({ report }: { report: EesImportReport }) {
  const reasons = skippedReasons(report);
  if (reasons.length === 0) return <p className="govuk-body">No rows were skipped.</p>;
  return (
    <Table
      caption="Rows and cells skipped"
      captionSize="s"
      rowHeader
      head={[{ text: 'Why' }, { text: 'How many', numeric: true }]}
      rows={reasons.map(({ reason, count }) => ({ key: reason, cells: [reason, number(count)] }))}
    />
  );
}

/**
 * What a dry run found: the counts, what was skipped and why, and the first values as they
 * would be stored, in plain words; then the button that imports the same file. It takes the focus,
 * so the user hears the result.
 */
export function EesCheckReport({ report, names, importing, onImport }: { report: EesImportReport; names: PreviewNames; importing: boolean; onImport: () => void }) {
  return (
    <CheckResult result={report}>
      <p className="govuk-body">
        The service read {countOf(report.fileRows, 'row')} of the file and made {countOf(report.values, 'value')} from them.
      </p>
      <ChangeCounts report={report} />
      <SkippedRows report={report} />
      <h3 className="govuk-heading-s" id="preview-heading">
        The first {countOf(report.preview.length, 'value')}
      </h3>
      <Table
        caption="The first values, as they would be stored"
        captionHidden
        scrollable
        head={[{ text: 'Indicator' }, { text: 'Place' }, { text: 'Period' }, { text: 'Breakdown' }, { text: 'Value', numeric: true }]}
        rows={report.preview.map((value, index) => {
          const indicator = names.indicator(value.indicatorCode);
          return {
            key: `${index}`,
            cells: [
              indicator?.name ?? value.indicatorCode,
              names.place(value.areaCode) ?? value.areaCode,
              value.period,
              previewCategory(value),
              previewFigure(value, indicator),
            ],
          };
        })}
      />
      <p className="govuk-body">Nothing has been imported yet.</p>
      <ButtonGroup>
        <Button onClick={onImport} disabled={importing}>
          Import {countOf(report.values, 'value')}
        </Button>
      </ButtonGroup>
    </CheckResult>
  );
}
