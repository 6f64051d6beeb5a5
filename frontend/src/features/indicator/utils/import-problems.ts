import type { ErrorSummaryItem } from '@/components/govuk/error-summary';
import { ApiError, type RowError } from '@/lib/api-client';
import { readableMessage } from '@/lib/field-errors';
import { countOf } from '@/lib/format';

/** Why a file was not checked or not imported, said where the page shows it. */
export type ImportProblem = {
  /** The error summary's items, each linking to where the problem is shown. */
  summary: ErrorSummaryItem[];
  /** Shown on the file upload. */
  fileError?: string;
  /** The file's bad rows, as the API listed them. */
  rowErrors: RowError[];
  /** How many row problems the file has in all: more than are listed when the API stopped listing. */
  errorCount: number;
};

export const fileControlId = 'file';
export const rowErrorsId = 'row-errors';

function onFile(text: string): ImportProblem {
  return { summary: [{ text, href: `#${fileControlId}` }], fileError: text, rowErrors: [], errorCount: 0 };
}

/** The checks the browser can make before sending a file; the API reads every row. */
export function checkFile(file: File | undefined): ImportProblem | undefined {
  if (!file) return onFile('Select a CSV file');
  if (!/\.csv$/i.test(file.name)) return onFile('The selected file must be a CSV');
  if (file.size === 0) return onFile('The selected file is empty');
  return undefined;
}

export function describeImportFailure(error: unknown): ImportProblem {
  if (!(error instanceof ApiError)) {
    return { summary: [{ text: 'The service could not be reached. Check your connection and try again.' }], rowErrors: [], errorCount: 0 };
  }
  if (error.rowErrors.length > 0) {
    const errorCount = Math.max(error.errorCount ?? 0, error.rowErrors.length);
    const text = `The file has ${countOf(errorCount, 'problem')}, listed below. Nothing was imported: fix them and upload the whole file again`;
    return { summary: [{ text, href: `#${rowErrorsId}` }], fileError: text, rowErrors: error.rowErrors, errorCount };
  }
  if (error.fieldErrors.length > 0) {
    // A file the API could not read at all (not UTF-8): its messages are about the body, that is the file.
    const texts = error.fieldErrors.map((fieldError) =>
      readableMessage({ field: fileControlId, message: fieldError.message }, { [fileControlId]: 'The selected file' }),
    );
    return { summary: texts.map((text) => ({ text, href: `#${fileControlId}` })), fileError: texts[0], rowErrors: [], errorCount: 0 };
  }
  return { summary: [{ text: error.detail ?? error.title }], rowErrors: [], errorCount: 0 };
}
