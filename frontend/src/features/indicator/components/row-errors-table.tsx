import { Table } from '@/components/govuk/table';
import type { RowError } from '@/lib/api-client';

/** The API's fragments ("must be total when ...") as sentences. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Every bad row of a rejected file: its line (the header is line 1), the column and what is wrong. */
export function RowErrorsTable({ id, rowErrors, errorCount }: { id: string; rowErrors: RowError[]; errorCount: number }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id} tabIndex={-1}>
        Problems in the file
      </h2>
      <p className="govuk-body">
        Line 1 of the file is its header row.
        {errorCount > rowErrors.length &&
          ` The first ${rowErrors.length.toLocaleString('en-GB')} of ${errorCount.toLocaleString('en-GB')} problems are listed.`}
      </p>
      <Table
        caption="Problems in the file"
        captionHidden
        rowHeader
        head={[{ text: 'Line', numeric: true }, { text: 'Column' }, { text: 'Problem' }]}
        rows={rowErrors.map((rowError, index) => ({
          key: `${rowError.line}-${rowError.column}-${index}`,
          cells: [
            rowError.line.toLocaleString('en-GB'),
            rowError.column ? <code className="sendhub-code">{rowError.column}</code> : 'Whole row',
            sentence(rowError.message),
          ],
        }))}
      />
    </section>
  );
}
