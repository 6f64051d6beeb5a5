import { Fragment, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Button, ButtonGroup } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { FileUpload } from '@/components/govuk/file-upload';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { useImportIndicatorValues } from '@/features/indicator/api/import-indicator-values';
import { CheckResult } from '@/features/indicator/components/check-result';
import { RowErrorsTable } from '@/features/indicator/components/row-errors-table';
import type { ImportReport } from '@/features/indicator/types';
import { checkFile, describeImportFailure, fileControlId, rowErrorsId, type ImportProblem } from '@/features/indicator/utils/import-problems';
import { changeCounts, csvColumns, namedCodes, rowCounts } from '@/features/indicator/utils/import-report';
import { countOf } from '@/lib/format';
import { importEesPath, indicatorsPath } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

type Names = {
  /** What the app calls an area or an indicator, when it knows it. */
  areaName: (code: string) => string | undefined;
  indicatorName: (code: string) => string | undefined;
};

/** What a checked file would do, and the button that imports it. It takes the focus, so the user hears the check's result. */
function CheckedFile({ report, names, importing, onImport }: { report: ImportReport; names: Names; importing: boolean; onImport: () => void }) {
  return (
    <CheckResult result={report}>
      <p className="govuk-body">{rowCounts(report)}.</p>
      <SummaryList
        rows={[
          { key: 'Areas', value: namedCodes(report.areaCodes, names.areaName) },
          { key: 'Indicators', value: namedCodes(report.indicatorCodes, names.indicatorName) },
        ]}
      />
      <p className="govuk-body">Nothing has been imported yet.</p>
      <ButtonGroup>
        <Button onClick={onImport} disabled={importing}>
          Import {countOf(report.rows, 'value')}
        </Button>
      </ButtonGroup>
    </CheckResult>
  );
}

function ImportedBanner({ report, names }: { report: ImportReport; names: Names }) {
  return (
    <NotificationBanner type="success" heading={`${countOf(report.rows, 'value')} imported`}>
      <p className="govuk-body">
        {changeCounts(report)}, for {namedCodes(report.areaCodes, names.areaName)}.
      </p>
      <p className="govuk-body">
        See them in the explorer:{' '}
        {report.indicatorCodes.map((code, index) => (
          <Fragment key={code}>
            {index > 0 && ', '}
            <Link className="govuk-notification-banner__link" to={indicatorsPath({ indicator: code, areas: report.areaCodes })}>
              {names.indicatorName(code) ?? code}
            </Link>
          </Fragment>
        ))}
      </p>
    </NotificationBanner>
  );
}

/**
 * Imports the analysts' CSV in two steps: the API checks the file and says what it would change
 * (a dry run), then, when the user confirms, imports the same file. A file with a bad row is not
 * imported at all; its rows' problems are listed.
 */
export function ImportValues({ importsFor, names }: { importsFor: string; names: Names }) {
  const importer = useImportIndicatorValues();
  const [file, setFile] = useState<File>();
  const [checked, setChecked] = useState<{ file: File; report: ImportReport }>();
  const [imported, setImported] = useState<ImportReport>();
  const [problem, setProblem] = useState<ImportProblem>();
  const [attempt, setAttempt] = useState(0);
  // React does not control a file input: a new key gives a new, empty one after an import.
  const [uploadKey, setUploadKey] = useState(0);
  useDocumentTitle('Import indicator values', problem !== undefined);

  const send = async (toSend: File, dryRun: boolean) => {
    if (importer.isPending) return;
    setAttempt((n) => n + 1);
    setImported(undefined);
    try {
      const report = await importer.mutateAsync({ file: toSend, dryRun });
      setProblem(undefined);
      if (dryRun) {
        setChecked({ file: toSend, report });
      } else {
        setChecked(undefined);
        setImported(report);
        setFile(undefined);
        setUploadKey((key) => key + 1);
      }
    } catch (error) {
      setChecked(undefined);
      setProblem(describeImportFailure(error));
    }
  };

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    const fileProblem = checkFile(file);
    if (fileProblem) {
      setAttempt((n) => n + 1);
      setChecked(undefined);
      setImported(undefined);
      setProblem(fileProblem);
    } else if (file) {
      void send(file, true);
    }
  };

  return (
    <>
      {problem && <ErrorSummary items={problem.summary} focusKey={attempt} />}
      {imported && <ImportedBanner report={imported} names={names} />}
      <span className="govuk-caption-l">Indicators</span>
      <h1 className="govuk-heading-l">Import indicator values</h1>
      <p className="govuk-body">
        Add or replace indicator values from a CSV file. {importsFor} The file is checked first and you see what it would change: nothing is
        imported until you confirm, and a file with any bad row is not imported at all.
      </p>
      <p className="govuk-body">
        Use the columns of the explorer’s download, in this order, with a header row:{' '}
        {csvColumns.map((column, index) => (
          <Fragment key={column}>
            {index > 0 && ', '}
            <code className="sendhub-code">{column}</code>
          </Fragment>
        ))}
        . The names of indicators and areas are not read. A value already there for the same indicator, area, period, breakdown and
        category is replaced.
      </p>
      <p className="govuk-body">
        For a file of DfE’s open data as downloaded, use{' '}
        <Link className="govuk-link" to={importEesPath}>
          Import an Explore Education Statistics file
        </Link>
        .
      </p>
      <form noValidate onSubmit={onCheck}>
        <FileUpload
          key={uploadKey}
          id={fileControlId}
          label="Upload a CSV file"
          hint="Saved as UTF-8: in Excel, Save As, CSV UTF-8"
          accept=".csv,text/csv"
          error={problem?.fileError}
          onChange={(chosen) => {
            setFile(chosen);
            setChecked(undefined);
          }}
        />
        <Button type="submit" variant={checked ? 'secondary' : 'primary'} disabled={importer.isPending}>
          Check file
        </Button>
      </form>
      {importer.isPending && (
        <p className="govuk-body" role="status">
          {checked ? 'Importing the file…' : 'Checking the file…'}
        </p>
      )}
      {checked && (
        <CheckedFile report={checked.report} names={names} importing={importer.isPending} onImport={() => void send(checked.file, false)} />
      )}
      {problem && problem.rowErrors.length > 0 && <RowErrorsTable id={rowErrorsId} rowErrors={problem.rowErrors} errorCount={problem.errorCount} />}
    </>
  );
}
