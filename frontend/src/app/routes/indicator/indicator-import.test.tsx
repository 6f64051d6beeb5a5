import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@/features/indicator/types';
import { axeViolations } from '@/test/axe';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { admin, editor, indicator, manchester, page, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const importPath = '/api/v1/indicator-values/import';
const header = 'indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,category,value,numerator,denominator,lower_ci,upper_ci,unit,note';
const csv = `${header}\nehcp_timeliness,,E08000003,,2024,2024-01-01,total,total,61.5,,,,,percent,\n`;

const report: ImportReport = {
  dryRun: true,
  rows: 12,
  inserted: 10,
  updated: 2,
  unchanged: 0,
  areaCodes: [manchester.code],
  indicatorCodes: [indicator.code, 'unknown_code'],
};

function fakeApi(me = editor) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', '/api/v1/indicators', page([indicator]))
    .on('GET', '/api/v1/indicator-values', page([]));
}

function csvFile(text = csv, name = 'values.csv') {
  return new File([text], name, { type: 'text/csv' });
}

describe('importing indicator values', () => {
  it('checks the file first, says what it would change, then imports it on request', async () => {
    const api = fakeApi().on('POST', importPath, (request) =>
      json(request.query.get('dryRun') === 'true' ? report : { ...report, dryRun: false }),
    );
    const { user, container } = renderApp('/indicators/import');

    expect(await screen.findByText(/You may import values for Manchester\./)).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Upload a CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const checked = await screen.findByRole('region', { name: 'The file can be imported' });
    expect(checked).toHaveTextContent('12 rows: 10 new, 2 changed, 0 unchanged.');
    expect(checked).toHaveTextContent('AreasManchester (E08000003)');
    expect(checked).toHaveTextContent(`IndicatorsEHC plans issued within 20 weeks (${indicator.code}), unknown_code`);
    expect(checked).toHaveTextContent('Nothing has been imported yet.');
    const [dryRun] = api.sent('POST', importPath);
    expect(dryRun.query.get('dryRun')).toBe('true');
    expect(dryRun.headers.get('Content-Type')).toBe('text/csv');
    expect(dryRun.body).toBe(csv);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(checked).getByRole('button', { name: 'Import 12 values' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('12 values imported');
    expect(banner).toHaveTextContent('10 new, 2 changed, 0 unchanged, for Manchester (E08000003).');
    expect(within(banner).getByRole('link', { name: 'EHC plans issued within 20 weeks' })).toHaveAttribute(
      'href',
      `/indicators?indicator=${indicator.code}&area=${manchester.code}`,
    );
    const [, imported] = api.sent('POST', importPath);
    expect(imported.query.get('dryRun')).toBe('false');
    expect(imported.body).toBe(csv);
    expect(screen.queryByRole('region', { name: 'The file can be imported' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists every bad row of a rejected file in a table, and imports nothing', async () => {
    const api = fakeApi().on(
      'POST',
      importPath,
      problem(422, {
        title: 'The file has bad rows',
        detail: '1500 row problems found; nothing was written. Fix them and send the whole file again.',
        rowErrors: [
          { line: 2, column: 'area_code', message: "'E08000010' is not one of your areas: you may import only for E08000003" },
          { line: 3, column: '', message: 'has 3 fields; every row needs 15' },
        ],
        errorCount: 1500,
      }),
    );
    const { user, container } = renderApp('/indicators/import');

    await user.upload(await screen.findByLabelText('Upload a CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const summary = await screen.findByRole('alert');
    const message = 'The file has 1,500 problems, listed below. Nothing was imported: fix them and upload the whole file again';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#row-errors');
    expect(screen.getByLabelText('Upload a CSV file')).toHaveAccessibleDescription(expect.stringContaining(message));
    const table = screen.getByRole('table', { name: 'Problems in the file' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'LineColumnProblem',
      "2area_code'E08000010' is not one of your areas: you may import only for E08000003",
      '3Whole rowHas 3 fields; every row needs 15',
    ]);
    expect(screen.getByText(/The first 2 of 1,500 problems are listed\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(api.sent('POST', importPath)).toHaveLength(1);
    expect(document.title).toBe('Error: Import indicator values – SEND Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when a file cannot be read as UTF-8', async () => {
    fakeApi().on(
      'POST',
      importPath,
      problem(400, {
        title: 'The request could not be read',
        detail: 'The file is not UTF-8 text.',
        errors: [{ field: 'body', message: 'must be UTF-8 CSV (in Excel: Save As, CSV UTF-8)' }],
      }),
    );
    const { user } = renderApp('/indicators/import');

    await user.upload(await screen.findByLabelText('Upload a CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The selected file must be UTF-8 CSV (in Excel: Save As, CSV UTF-8)' })).toHaveAttribute(
      'href',
      '#file',
    );
  });

  it('asks for a CSV file before sending anything', async () => {
    const api = fakeApi();
    const { user } = renderApp('/indicators/import');

    await user.click(await screen.findByRole('button', { name: 'Check file' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select a CSV file' })).toHaveAttribute('href', '#file');

    // The picker lets this one through by its type; its name says it is not a CSV.
    await user.upload(screen.getByLabelText('Upload a CSV file'), new File(['x'], 'values.txt', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    await screen.findByRole('link', { name: 'The selected file must be a CSV' });
    expect(api.sent('POST', importPath)).toHaveLength(0);
  });

  it('tells an administrator they may import for any area', async () => {
    fakeApi(admin);
    renderApp('/indicators/import');

    expect(await screen.findByText(/As an administrator, you may import values for any area\./)).toBeInTheDocument();
  });

  it('is not offered to a viewer', async () => {
    fakeApi(viewer);
    renderApp('/indicators');

    await screen.findByRole('heading', { level: 1, name: 'Explore indicators' });
    expect(screen.getByRole('link', { name: 'Indicator catalogue' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import indicator values' })).not.toBeInTheDocument();
  });

  it('tells a viewer who finds it that they may not import', async () => {
    fakeApi(viewer);
    renderApp('/indicators/import');

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot import indicator values' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload a CSV file')).not.toBeInTheDocument();
  });

  it('is offered to an editor from the explorer', async () => {
    fakeApi();
    const { user } = renderApp('/indicators');

    await user.click(await screen.findByRole('link', { name: 'Import indicator values' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Import indicator values' })).toBeInTheDocument());
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Indicators' })).toHaveAttribute('aria-current', 'true');
  });
});
