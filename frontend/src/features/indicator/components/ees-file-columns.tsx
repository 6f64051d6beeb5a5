import '@/features/indicator/components/ees-import.css';
import { Table } from '@/components/govuk/table';
import type { ColumnRole, FileColumn } from '@/features/indicator/utils/ees-csv';

const roleWords: Record<ColumnRole, string> = {
  time: 'When (the period)',
  place: 'Where (the place)',
  filter: 'Filter (which rows)',
  indicator: 'Figures',
};

/** "576474, 164216, 408612 and 9 more" */
export function sampleWords(values: string[], shown = 3): string {
  if (values.length === 0) return 'Empty in the first rows';
  const more = values.length - shown;
  return `${values.slice(0, shown).join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-GB')} more` : ''}`;
}

/** Every column of the file, what it seems to hold, and a few of its values from the first rows. */
export function EesFileColumns({ fileName, columns, sampleRows, fileRows }: { fileName: string; columns: FileColumn[]; sampleRows: number; fileRows: number | undefined }) {
  return (
    <section aria-labelledby="file-columns-heading">
      <h2 className="govuk-heading-m" id="file-columns-heading">
        Columns in {fileName}
      </h2>
      <p className="govuk-body">
        {columns.length.toLocaleString('en-GB')} columns
        {fileRows !== undefined && `, ${fileRows.toLocaleString('en-GB')} rows`}. The values are from the first{' '}
        {sampleRows.toLocaleString('en-GB')} rows.
      </p>
      <Table
        caption={`Columns in ${fileName}`}
        captionHidden
        rowHeader
        scrollable
        head={[{ text: 'Column' }, { text: 'What it holds' }, { text: 'Values in the first rows' }]}
        rows={columns.map((column) => ({
          key: column.name,
          cells: [
            <code key="name" className="sendhub-code sendhub-break-anywhere">
              {column.name}
            </code>,
            roleWords[column.role],
            <span key="values" className="sendhub-break-anywhere">
              {sampleWords(column.values)}
            </span>,
          ],
        }))}
      />
    </section>
  );
}
