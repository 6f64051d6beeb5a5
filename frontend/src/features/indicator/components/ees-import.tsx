import { Fragment, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/govuk/button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/govuk/error-summary';
import { FileUpload } from '@/components/govuk/file-upload';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Radios } from '@/components/govuk/radios';
import { useCreateEesMapping } from '@/features/indicator/api/create-ees-mapping';
import { useEesMappings } from '@/features/indicator/api/get-ees-mappings';
import { importEesFile, ImportCancelled } from '@/features/indicator/api/import-ees-file';
import { ChangeCounts, EesCheckReport, SkippedRows } from '@/features/indicator/components/ees-check-report';
import { EesFileColumns } from '@/features/indicator/components/ees-file-columns';
import { EesMappingBuilder } from '@/features/indicator/components/ees-mapping-builder';
import { EesProgress, type SendProgress } from '@/features/indicator/components/ees-progress';
import { EesSaveMapping, saveMappingIds, type SaveMappingValues } from '@/features/indicator/components/ees-save-mapping';
import { RowErrorsTable } from '@/features/indicator/components/row-errors-table';
import type { EesImportReport, EesMapping, SavedMapping } from '@/features/indicator/ees-types';
import type { Indicator } from '@/features/indicator/types';
import { countCsvRows, describeColumns, placeNames, readCsvFileStart, type FileColumn } from '@/features/indicator/utils/ees-csv';
import { draftProblems, emptyDraft, mappingErrorItems, toMapping, type MappingDraft } from '@/features/indicator/utils/ees-mapping';
import { checkFile, describeImportFailure, fileControlId, rowErrorsId } from '@/features/indicator/utils/import-problems';
import { ApiError, type RowError } from '@/lib/api-client';
import { countOf } from '@/lib/format';
import { importValuesPath, indicatorsPath } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The file as the page read it: its columns with samples, its row count once counted, its places' names. */
type ReadFile = { file: File; columns: FileColumn[]; sampleRows: number; rows: number | undefined; places: Map<string, string> };

type Problem = { summary: ErrorSummaryItem[]; fileError?: string; rowErrors: RowError[]; errorCount: number };

type MappingChoice = { mapping: EesMapping } | { mappingCode: string };

/** The radio that says "build it here" rather than a saved mapping's code (which cannot be empty). */
const buildHere = '';
const mappingChoiceId = 'mapping-choice';

const onlyText = (summary: ErrorSummaryItem[]): Problem => ({ summary, rowErrors: [], errorCount: 0 });

function savedMappingHint(mapping: SavedMapping) {
  return [mapping.fileName && `For ${mapping.fileName}.`, mapping.description].filter(Boolean).join(' ');
}

function ImportedBanner({ report, indicatorName, placeName }: { report: EesImportReport; indicatorName: (code: string) => string; placeName: (code: string) => string }) {
  return (
    <NotificationBanner type="success" heading={`${countOf(report.values, 'value')} imported`}>
      <ChangeCounts report={report} />
      <p className="govuk-body">
        See them in the explorer:{' '}
        {report.indicatorCodes.map((code, index) => (
          <Fragment key={code}>
            {index > 0 && ', '}
            <Link className="govuk-notification-banner__link" to={indicatorsPath({ indicator: code, areas: report.areaCodes.slice(0, 5) })}>
              {indicatorName(code)}
            </Link>
          </Fragment>
        ))}
        .
      </p>
      <p className="govuk-body">
        For {countOf(report.areaCodes.length, 'place')}: {report.areaCodes.slice(0, 10).map(placeName).join(', ')}
        {report.areaCodes.length > 10 && ' and others'}.
      </p>
      <SkippedRows report={report} />
    </NotificationBanner>
  );
}

/**
 * Imports a DfE open-data CSV from Explore Education Statistics as downloaded: the page reads the
 * file's columns, the user picks a saved mapping or builds one, the service checks the file (a dry
 * run, with counts and a preview), then imports it. Sending shows its progress; the page stays usable.
 */
export function EesImport({
  catalogue,
  isAdmin,
  importsFor,
}: {
  catalogue: Indicator[];
  isAdmin: boolean;
  importsFor: string;
}) {
  const queryClient = useQueryClient();
  const savedMappings = useEesMappings();
  const createMapping = useCreateEesMapping();
  const [readFile, setReadFile] = useState<ReadFile>();
  const [reading, setReading] = useState(false);
  const [choice, setChoice] = useState<string>();
  const [draft, setDraft] = useState<MappingDraft>(emptyDraft);
  const [checked, setChecked] = useState<{ file: File; mapping: MappingChoice; report: EesImportReport }>();
  const [imported, setImported] = useState<{ report: EesImportReport; places: Map<string, string> }>();
  const [problem, setProblem] = useState<Problem>();
  const [attempt, setAttempt] = useState(0);
  const [running, setRunning] = useState<{ importing: boolean; progress: SendProgress; controller: AbortController }>();
  const [stopped, setStopped] = useState<string>();
  const [saveValues, setSaveValues] = useState<SaveMappingValues>({ code: '', name: '', description: '' });
  const [saveErrors, setSaveErrors] = useState<Partial<Record<keyof SaveMappingValues, string>>>({});
  const [savedAs, setSavedAs] = useState<string>();
  const [uploadKey, setUploadKey] = useState(0);
  // Any change to the file or the mapping makes an earlier check stale; a check still running for it is ignored when it ends.
  const revision = useRef(0);
  useDocumentTitle('Import an Explore Education Statistics file', problem !== undefined);

  const mappings = savedMappings.data ?? [];
  const columnNames = readFile?.columns.map((column) => column.name) ?? [];
  const indicatorOf = (code: string) => catalogue.find((indicator) => indicator.code === code);

  const changed = () => {
    revision.current += 1;
    setChecked(undefined);
    setStopped(undefined);
  };

  const showProblem = (found: Problem) => {
    setAttempt((n) => n + 1);
    setProblem(found);
  };

  const onFile = async (file: File | undefined) => {
    changed();
    setImported(undefined);
    setReadFile(undefined);
    setProblem(undefined);
    if (!file) return;
    setReading(true);
    try {
      const start = await readCsvFileStart(file);
      const read: ReadFile = { file, columns: describeColumns(start), sampleRows: start.rows.length, rows: undefined, places: placeNames(start) };
      setReadFile(read);
      const suggested = savedMappings.data?.find((mapping) => mapping.fileName === file.name);
      if (suggested) setChoice(suggested.code);
      const rows = await countCsvRows(file);
      setReadFile((current) => (current?.file === file ? { ...current, rows } : current));
    } catch {
      showProblem({ ...onlyText([{ text: 'The selected file could not be read', href: `#${fileControlId}` }]), fileError: 'The selected file could not be read' });
    } finally {
      setReading(false);
    }
  };

  const mappingProblems = (): ErrorSummaryItem[] => {
    if (choice === undefined) return [{ text: 'Choose a saved mapping, or set up the columns yourself', href: `#${mappingChoiceId}` }];
    if (choice === buildHere) return draftProblems(draft, columnNames, catalogue);
    return [];
  };

  /** A saved mapping goes by its code (the service reads only an editor's own areas' rows of either). */
  const mappingToSend = (chosen: string): MappingChoice =>
    chosen === buildHere ? { mapping: toMapping(draft) } : { mappingCode: chosen };

  const describeFailure = (error: unknown): Problem => {
    if (error instanceof ApiError && error.rowErrors.length === 0 && error.fieldErrors.some((fieldError) => fieldError.field.startsWith('mapping'))) {
      return onlyText(mappingErrorItems(error.fieldErrors, columnNames));
    }
    return describeImportFailure(error);
  };

  const send = async (file: File, mapping: MappingChoice, dryRun: boolean) => {
    if (running) return;
    const sentAt = revision.current;
    const controller = new AbortController();
    const rows = readFile?.file === file ? readFile.rows : undefined;
    setRunning({ importing: !dryRun, progress: { sent: 0, total: file.size, rows }, controller });
    setStopped(undefined);
    setImported(undefined);
    setAttempt((n) => n + 1);
    const progress = (sent: number, total: number) =>
      setRunning((current) => current && { ...current, progress: { ...current.progress, sent, total, rows: readFile?.rows ?? current.progress.rows } });
    try {
      const report = await importEesFile({ file, mapping, dryRun, signal: controller.signal, onProgress: progress, onSent: () => progress(file.size, file.size) });
      setProblem(undefined);
      if (!dryRun) {
        await queryClient.invalidateQueries();
        changed();
        setImported({ report, places: readFile?.places ?? new Map() });
        setReadFile(undefined);
        setUploadKey((key) => key + 1);
      } else if (revision.current === sentAt) {
        setChecked({ file, mapping, report });
      } else {
        setStopped('The file or the choices changed while the file was being checked: check the file again to see what it would import.');
      }
    } catch (error) {
      setChecked(undefined);
      if (error instanceof ImportCancelled) setStopped(dryRun ? 'Checking stopped.' : 'The import stopped before the file was sent: nothing was imported.');
      else showProblem(describeFailure(error));
    } finally {
      setRunning(undefined);
    }
  };

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    setImported(undefined);
    const fileProblem = checkFile(readFile?.file);
    const problems = [...(fileProblem?.summary ?? []), ...mappingProblems()];
    if (problems.length > 0 || !readFile || choice === undefined) {
      setChecked(undefined);
      showProblem({ ...onlyText(problems), fileError: fileProblem?.fileError });
      return;
    }
    void send(readFile.file, mappingToSend(choice), true);
  };

  const onSaveMapping = async () => {
    const errors: typeof saveErrors = {};
    if (!saveValues.name.trim()) errors.name = 'Enter a name for the mapping';
    if (!/^[a-z0-9_-]{1,64}$/.test(saveValues.code)) errors.code = 'Enter a code of lower-case letters, numbers, hyphens and underscores';
    const problems = [
      ...draftProblems(draft, columnNames, catalogue),
      ...Object.entries(errors).map(([field, text]) => ({ text, href: `#${saveMappingIds[field as keyof SaveMappingValues]}` })),
    ];
    setSaveErrors(errors);
    setSavedAs(undefined);
    if (problems.length > 0) {
      showProblem(onlyText(problems));
      return;
    }
    try {
      const saved = await createMapping.mutateAsync({
        code: saveValues.code,
        name: saveValues.name.trim(),
        description: saveValues.description.trim() || null,
        fileName: readFile?.file.name ?? null,
        mapping: toMapping(draft),
      });
      setProblem(undefined);
      setSavedAs(saved.name);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const text = 'A mapping with this code is already saved: give another code';
        setSaveErrors({ code: text });
        showProblem(onlyText([{ text, href: `#${saveMappingIds.code}` }]));
      } else {
        showProblem(describeFailure(error));
      }
    }
  };

  return (
    <>
      {problem && <ErrorSummary items={problem.summary} focusKey={attempt} />}
      {imported && (
        <ImportedBanner
          report={imported.report}
          indicatorName={(code) => indicatorOf(code)?.name ?? code}
          placeName={(code) => imported.places.get(code) ?? code}
        />
      )}
      <span className="govuk-caption-l">Indicators</span>
      <h1 className="govuk-heading-l">Import an Explore Education Statistics file</h1>
      <p className="govuk-body">
        DfE publishes its statistics on Explore Education Statistics as open-data CSV files. Upload one as you downloaded it, say which
        columns become which indicators, and check what it would import before importing it. {importsFor}
      </p>
      <p className="govuk-body">
        For a file in SEND Hub’s own columns, use{' '}
        <Link className="govuk-link" to={importValuesPath}>
          Import indicator values
        </Link>
        .
      </p>
      <form noValidate onSubmit={onCheck}>
        <FileUpload
          key={uploadKey}
          id={fileControlId}
          label={<span className="govuk-label--m">Upload an EES open-data CSV file</span>}
          hint="As downloaded from Explore Education Statistics (Download data, CSV), without changes"
          accept=".csv,text/csv"
          error={problem?.fileError}
          onChange={(file) => void onFile(file)}
        />
        {reading && (
          <p className="govuk-body" role="status">
            Reading the file…
          </p>
        )}
        {readFile && (
          <>
            <EesFileColumns fileName={readFile.file.name} columns={readFile.columns} sampleRows={readFile.sampleRows} fileRows={readFile.rows} />
            <Radios
              id={mappingChoiceId}
              legend="How should the file be read?"
              legendSize="m"
              hint={
                mappings.length > 0
                  ? 'A saved mapping says which columns become which indicators, as set up for an earlier release of the same file.'
                  : 'No mappings have been saved yet: set up the columns yourself.'
              }
              value={choice ?? 'none'}
              onChange={(value) => {
                changed();
                setChoice(value);
              }}
              items={[
                ...mappings.map((mapping) => ({
                  value: mapping.code,
                  label: mapping.fileName === readFile.file.name ? `${mapping.name} (made for a file of this name)` : mapping.name,
                  hint: savedMappingHint(mapping),
                })),
                { value: buildHere, label: 'Set up the columns myself' },
              ]}
            />
            {choice === buildHere && (
              <>
                <EesMappingBuilder
                  columns={readFile.columns}
                  draft={draft}
                  catalogue={catalogue}
                  isAdmin={isAdmin}
                  onChange={(next) => {
                    changed();
                    setSavedAs(undefined);
                    setDraft(next);
                  }}
                />
                <EesSaveMapping
                  fileName={readFile.file.name}
                  values={saveValues}
                  errors={saveErrors}
                  saving={createMapping.isPending}
                  saved={savedAs}
                  onChange={setSaveValues}
                  onSave={() => void onSaveMapping()}
                />
              </>
            )}
          </>
        )}
        <Button type="submit" variant={checked ? 'secondary' : 'primary'} disabled={running !== undefined}>
          Check the file
        </Button>
      </form>
      {running && <EesProgress importing={running.importing} progress={running.progress} onCancel={() => running.controller.abort()} />}
      {stopped && (
        <p className="govuk-body" role="status">
          {stopped}
        </p>
      )}
      {checked && (
        <EesCheckReport
          report={checked.report}
          names={{ indicator: indicatorOf, place: (code) => readFile?.places.get(code) }}
          importing={running !== undefined}
          onImport={() => void send(checked.file, checked.mapping, false)}
        />
      )}
      {problem && problem.rowErrors.length > 0 && <RowErrorsTable id={rowErrorsId} rowErrors={problem.rowErrors} errorCount={problem.errorCount} />}
    </>
  );
}
