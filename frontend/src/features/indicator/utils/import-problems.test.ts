import { describe, expect, it } from 'vitest';
import { checkFile, describeImportFailure } from '@/features/indicator/utils/import-problems';
import { changeCounts, namedCodes, rowCounts } from '@/features/indicator/utils/import-report';
import { ApiError } from '@/lib/api-client';

const report = { dryRun: true, rows: 1234, inserted: 1200, updated: 30, unchanged: 4, areaCodes: [], indicatorCodes: [] };

describe('an import’s report', () => {
  it('counts the rows and what each does', () => {
    expect(rowCounts(report)).toBe('1,234 rows: 1,200 new, 30 changed, 4 unchanged');
    expect(rowCounts({ ...report, rows: 1, inserted: 1, updated: 0, unchanged: 0 })).toBe('1 row: 1 new, 0 changed, 0 unchanged');
    expect(changeCounts(report)).toBe('1,200 new, 30 changed, 4 unchanged');
  });

  it('names the areas and indicators it knows, and gives the codes of the others', () => {
    const names: Record<string, string> = { E08000003: 'Manchester' };
    expect(namedCodes(['E08000003', 'E08000099'], (code) => names[code])).toBe('Manchester (E08000003), E08000099');
  });
});

describe('a file’s problems', () => {
  it('are found in the browser when there is no file, it is not a CSV or it is empty', () => {
    expect(checkFile(undefined)?.fileError).toBe('Select a CSV file');
    expect(checkFile(new File(['a'], 'values.xlsx'))?.fileError).toBe('The selected file must be a CSV');
    expect(checkFile(new File([], 'values.CSV'))?.fileError).toBe('The selected file is empty');
    expect(checkFile(new File(['a'], 'values.CSV'))).toBeUndefined();
  });

  it('are the bad rows the API lists, linked from the summary to their table', () => {
    const rowErrors = [{ line: 4, column: 'value', message: "'abc' is not a number" }];
    const problem = describeImportFailure(new ApiError({ status: 422, title: 'The file has bad rows', rowErrors, errorCount: 1 }));
    expect(problem).toEqual({
      summary: [{ text: 'The file has 1 problem, listed below. Nothing was imported: fix them and upload the whole file again', href: '#row-errors' }],
      fileError: 'The file has 1 problem, listed below. Nothing was imported: fix them and upload the whole file again',
      rowErrors,
      errorCount: 1,
    });
  });

  it('are on the file when the API cannot read it', () => {
    const problem = describeImportFailure(
      new ApiError({ status: 400, title: 'The request could not be read', fieldErrors: [{ field: 'body', message: 'must be UTF-8 CSV' }] }),
    );
    expect(problem.summary).toEqual([{ text: 'The selected file must be UTF-8 CSV', href: '#file' }]);
    expect(problem.fileError).toBe('The selected file must be UTF-8 CSV');
  });

  it('are the API’s words for any other refusal, and a hint to try again when it cannot be reached', () => {
    const forbidden = new ApiError({ status: 403, title: 'Not allowed', detail: 'Only editors (for their areas) and admins import indicator values.' });
    expect(describeImportFailure(forbidden).summary).toEqual([{ text: 'Only editors (for their areas) and admins import indicator values.' }]);
    expect(describeImportFailure(new TypeError('Failed to fetch')).summary).toEqual([
      { text: 'The service could not be reached. Check your connection and try again.' },
    ]);
  });
});
