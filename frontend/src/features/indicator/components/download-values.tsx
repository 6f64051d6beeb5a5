import { useState } from 'react';
import { Button } from '@/components/govuk/button';
import { shownCsv, shownCsvName, shownRows, type Shown } from '@/features/indicator/utils/shown-csv';
import { todayIso } from '@/lib/dates';
import { countOf } from '@/lib/format';
import { saveFile } from '@/lib/file-download';

/**
 * Downloads exactly what the page shows (every series drawn and every category of the breakdown),
 * made on the page: no API answer holds the neighbours' mean beside the places' figures.
 */
export function DownloadValues({ shown, placeName }: { shown: Shown; placeName: string }) {
  const [saved, setSaved] = useState<string>();
  const rows = shownRows(shown).length;
  const download = () => {
    const fileName = shownCsvName(shown.indicator.code, placeName, todayIso());
    saveFile(new Blob([shownCsv(shown)], { type: 'text/csv;charset=utf-8' }), fileName);
    setSaved(fileName);
  };
  return (
    <div className="govuk-form-group">
      <h2 className="govuk-heading-m">Download</h2>
      <p className="govuk-body" id="download-hint">
        The {countOf(rows, 'figure')} on this page, one a row, with their notes and 95% confidence intervals, as CSV for Excel, R or
        Power BI.
      </p>
      <Button variant="secondary" aria-describedby="download-hint" onClick={download}>
        Download CSV
      </Button>
      <p className="govuk-body" role="status">
        {saved && `Downloaded ${saved}.`}
      </p>
    </div>
  );
}
