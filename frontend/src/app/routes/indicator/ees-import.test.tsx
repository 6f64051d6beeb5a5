import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EesImportReport, SavedMapping } from '@/features/indicator/ees-types';
import type { Indicator } from '@/features/indicator/types';
import { axeViolations } from '@/test/axe';
import { json, mockApi } from '@/test/fetch-mock';
import { mockUploads, type SentUpload, type UploadAnswer } from '@/test/fake-xhr';
import { admin, editor, manchester, page, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const eesPath = '/indicators/import/ees';
const csv = [
  '\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,breakdown_topic,breakdown,ehcplans,special_total,special_total_pc',
  '202425,Academic year,National,E92000001,England,,,,,,All EHC plans,All EHC plans,638745,202000,31.6',
  '202425,Academic year,Local authority,E92000001,England,E12000002,North West,E08000003,352,Manchester,All EHC plans,All EHC plans,6100,1900,31.1',
  '202425,Academic year,Local authority,E92000001,England,E12000002,North West,E08000003,352,Manchester,Sex,Female,"1,900",x,x',
  '',
].join('\r\n');

const plans: Indicator = {
  code: 'ehcp_plans',
  name: 'EHC plans',
  definition: null,
  unit: 'count',
  polarity: 'no_judgement',
  source: 'DfE',
  breakdowns: ['sex', 'setting'],
  published: true,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const settingPercent: Indicator = { ...plans, code: 'ehcp_plans_setting_percent', name: 'EHC plans by setting (%)', unit: 'percent', breakdowns: ['setting'] };

const caseload: SavedMapping = {
  code: 'dfe-ehcp-caseload',
  name: 'EHC plans by setting and sex',
  fileName: 'caseload.csv',
  description: 'DfE’s EHC plans release: plans as at January, by setting and by sex.',
  mapping: { indicators: { ehcplans: 'ehcp_plans' }, breakdown: { column: 'breakdown', topicColumn: 'breakdown_topic', topic: 'Sex', name: 'sex' } },
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

const report: EesImportReport = {
  dryRun: true,
  fileRows: 3,
  values: 3,
  inserted: 2,
  updated: 1,
  unchanged: 0,
  skipped: { otherLevels: { Regional: 2 }, filteredOut: 0, otherBreakdowns: 1, emptyCells: 0, otherAreas: 0, unknownPlaces: {} },
  areaCodes: ['E92000001', manchester.code],
  indicatorCodes: [plans.code],
  preview: [
    { indicatorCode: plans.code, areaCode: 'E92000001', period: '2024/25', periodStart: '2024-09-01', breakdown: 'total', category: 'total', value: 638745, numerator: null, denominator: null, suppression: null },
    { indicatorCode: plans.code, areaCode: manchester.code, period: '2024/25', periodStart: '2024-09-01', breakdown: 'sex', category: 'Female', value: null, numerator: null, denominator: null, suppression: 'x' },
  ],
};

function fakeApi(me = admin) {
  return mockApi()
    .on('GET', '/api/v1/me', me)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', '/api/v1/indicators', page([plans, settingPercent]))
    .on('GET', '/api/v1/indicator-values', page([]))
    .on('GET', '/api/v1/ees-mappings', page([caseload]));
}

const eesFile = (name = 'caseload.csv') => new File([csv], name, { type: 'text/csv' });

const dryRunOrImport = ({ form }: SentUpload): UploadAnswer => ({ status: 200, body: form.get('dryRun') === 'true' ? report : { ...report, dryRun: false } });

async function upload(user: ReturnType<typeof renderApp>['user'], name?: string) {
  await user.upload(await screen.findByLabelText('Upload an EES open-data CSV file'), eesFile(name));
  return screen.findByRole('table', { name: `Columns in ${name ?? 'caseload.csv'}` });
}

describe('importing an Explore Education Statistics file', () => {
  it('shows the file’s columns, checks it with a saved mapping, shows the progress, the counts and a preview, then imports it', async () => {
    fakeApi();
    let answer: (value: UploadAnswer) => void = () => undefined;
    const { uploads } = mockUploads((sent) => (sent.form.get('dryRun') === 'true' ? new Promise((resolve) => (answer = resolve)) : dryRunOrImport(sent)));
    const { user, container } = renderApp(eesPath);

    const columns = await upload(user);
    expect(within(columns).getByRole('row', { name: /^breakdown_topic/ })).toHaveTextContent('breakdown_topicFilter (which rows)All EHC plans, Sex');
    expect(within(columns).getByRole('row', { name: /^ehcplans/ })).toHaveTextContent('ehcplansFigures638745, 6100, 1,900');
    expect(within(columns).getByRole('row', { name: /^new_la_code/ })).toHaveTextContent('Where (the place)E08000003');
    expect(await screen.findByText('15 columns, 3 rows. The values are from the first 3 rows.')).toBeInTheDocument();
    // The saved mapping made for a file of this name is chosen already.
    const saved = screen.getByRole('radio', { name: 'EHC plans by setting and sex (made for a file of this name)' });
    expect(saved).toBeChecked();
    expect(saved).toHaveAccessibleDescription('For caseload.csv. DfE’s EHC plans release: plans as at January, by setting and by sex.');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const bar = await screen.findByRole('progressbar', { name: 'Checking the file' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'About 2 of 3 rows sent'));
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Half of the file sent.');
    expect(screen.getByRole('button', { name: 'Check the file' })).toBeDisabled();
    // The page stays usable while the file goes up; a check of choices since changed is not shown as theirs.
    await user.click(screen.getByRole('radio', { name: 'Set up the columns myself' }));
    await user.click(screen.getByRole('radio', { name: /^EHC plans by setting and sex/ }));
    expect(await axeViolations(container)).toEqual([]);
    answer({ status: 200, body: report });
    expect(await screen.findByText(/The file or the choices changed while the file was being checked/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByRole('progressbar', { name: 'Checking the file' });
    answer({ status: 200, body: report });

    const checked = await screen.findByRole('region', { name: 'The file can be imported' });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(checked).toHaveTextContent('The service read 3 rows of the file and made 3 values from them.');
    expect(checked).toHaveTextContent('2 values would be added1 would be changed0 already there, unchanged');
    const skipped = within(checked).getByRole('table', { name: 'Rows and cells skipped' });
    expect(within(skipped).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'WhyHow many',
      'Rows at other geographic levels: Regional (2)2',
      'Rows of other breakdown topics1',
    ]);
    const preview = within(checked).getByRole('table', { name: 'The first values, as they would be stored' });
    expect(within(preview).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'IndicatorPlacePeriodBreakdownValue',
      'EHC plansEngland2024/25All (headline figure)638,745',
      'EHC plansManchester2024/25Sex: FemaleWithheld (x: not available)',
    ]);
    expect(within(checked).getByRole('region', { name: 'The first values, as they would be stored (scrolls sideways)' })).toHaveAttribute('tabindex', '0');
    const [, dryRun] = uploads;
    expect(dryRun.path).toBe('/api/v1/ees-imports');
    expect(dryRun.headers.Authorization).toBe('Bearer test-token');
    expect(dryRun.form.get('mappingCode')).toBe('dfe-ehcp-caseload');
    expect(dryRun.form.get('mapping')).toBeNull();
    expect(dryRun.form.get('dryRun')).toBe('true');
    expect(dryRun.form.get('file')).toMatchObject({ name: 'caseload.csv', size: new Blob([csv]).size });
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(checked).getByRole('button', { name: 'Import 3 values' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('3 values imported');
    expect(banner).toHaveTextContent('2 values added1 changed0 unchanged');
    expect(banner).toHaveTextContent('For 2 places: England, Manchester.');
    expect(within(banner).getByRole('link', { name: 'EHC plans' })).toHaveAttribute('href', `/indicators?indicator=ehcp_plans&area=E92000001&area=${manchester.code}`);
    expect(uploads[2].form.get('dryRun')).toBe('false');
    expect(uploads[2].form.get('mappingCode')).toBe('dfe-ehcp-caseload');
    expect(screen.queryByRole('region', { name: 'The file can be imported' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('builds a mapping column by column, checks it, and saves it for next year', async () => {
    const api = fakeApi().on('POST', '/api/v1/ees-mappings', (request) => json({ ...caseload, ...(request.body as object) }, { status: 201 }));
    const { uploads } = mockUploads(dryRunOrImport);
    const { user, container } = renderApp(eesPath);

    await upload(user, 'new-release.csv');
    await user.click(screen.getByRole('radio', { name: 'Set up the columns myself' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose an indicator for at least one column of the file' })).toHaveAttribute('href', '#indicator-columns');
    expect(uploads).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Choose what column ehcplans becomes' }));
    await user.click(screen.getByRole('radio', { name: 'An indicator in the catalogue' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the catalogue' }), 'setting');
    expect(within(screen.getByRole('combobox', { name: 'Indicator' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose an indicator',
      'EHC plans by setting (%) (ehcp_plans_setting_percent)',
    ]);
    await user.clear(screen.getByRole('searchbox', { name: 'Search the catalogue' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Indicator' }), 'ehcp_plans');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Done with column ehcplans' }));
    expect(screen.getByRole('group', { name: 'Figures: what each column becomes' })).toHaveTextContent('EHC plans (ehcp_plans)');

    await user.click(screen.getByRole('button', { name: 'Choose what column special_total_pc becomes' }));
    await user.click(screen.getByRole('radio', { name: 'An indicator in the catalogue' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Indicator' }), 'ehcp_plans_setting_percent');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Is the column one category of a breakdown?' }), 'setting');
    await user.type(screen.getByRole('textbox', { name: 'Category' }), 'Special schools');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Numerator column (optional)' }), 'special_total');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Denominator column (optional)' }), 'ehcplans');
    await user.click(screen.getByRole('button', { name: 'Done with column special_total_pc' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Column whose values are categories' }), 'breakdown');
    await user.type(screen.getByRole('textbox', { name: 'Breakdown name' }), 'sex');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column of the topic (optional)' }), 'breakdown_topic');
    await user.type(screen.getByRole('textbox', { name: 'Topic' }), 'Sex');
    const keep = screen.getByRole('group', { name: 'Keep rows where breakdown_topic is' });
    await user.click(within(keep).getByRole('checkbox', { name: 'All EHC plans' }));
    await user.click(within(keep).getByRole('checkbox', { name: 'Sex' }));
    await user.click(screen.getByRole('radio', { name: /^Skip it, and say how many/ }));
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByRole('region', { name: 'The file can be imported' });
    expect(uploads[0].form.get('mappingCode')).toBeNull();
    const mapping = {
      indicators: {
        ehcplans: 'ehcp_plans',
        special_total_pc: { indicator: 'ehcp_plans_setting_percent', breakdown: 'setting', category: 'Special schools', numerator: 'special_total', denominator: 'ehcplans' },
      },
      breakdown: { column: 'breakdown', name: 'sex', topicColumn: 'breakdown_topic', topic: 'Sex' },
      filters: { breakdown_topic: ['All EHC plans', 'Sex'] },
      unknownPlaces: 'skip',
    };
    expect(JSON.parse(uploads[0].form.get('mapping') as string)).toEqual(mapping);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'EHC plans, new release');
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'dfe-ehcp-new');
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));
    expect(await screen.findByText('Saved as “EHC plans, new release”. It is now in the list of saved mappings.')).toBeInTheDocument();
    expect(api.sent('POST', '/api/v1/ees-mappings')[0].body).toEqual({
      code: 'dfe-ehcp-new',
      name: 'EHC plans, new release',
      description: null,
      fileName: 'new-release.csv',
      mapping,
    });
  });

  it('lets an administrator add a new indicator for a column, there and then', async () => {
    const created = { ...plans, code: 'special_total', name: 'Plans in special schools', breakdowns: [] };
    const api = fakeApi().on('POST', '/api/v1/indicators', json(created, { status: 201, headers: { ETag: '"1"' } }));
    mockUploads(dryRunOrImport);
    const { user, container } = renderApp(eesPath);

    await upload(user);
    await user.click(screen.getByRole('radio', { name: 'Set up the columns myself' }));
    await user.click(screen.getByRole('button', { name: 'Choose what column special_total becomes' }));
    await user.click(screen.getByRole('radio', { name: 'A new indicator' }));
    const form = screen.getByRole('group', { name: 'Add a new indicator to the catalogue' });
    expect(within(form).getByRole('textbox', { name: 'Code' })).toHaveValue('special_total');
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Plans in special schools');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Add to the catalogue' }));

    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Indicator' })).toHaveValue('special_total'));
    expect(api.sent('POST', '/api/v1/indicators')[0].body).toEqual({
      code: 'special_total',
      name: 'Plans in special schools',
      unit: 'count',
      polarity: 'no_judgement',
      source: 'Explore Education Statistics (DfE)',
      published: true,
      breakdowns: [],
    });
  });

  it('tells an editor why they cannot add an indicator, and keeps only their area’s rows', async () => {
    fakeApi(editor);
    const { uploads } = mockUploads(dryRunOrImport);
    const { user } = renderApp(eesPath);

    expect(await screen.findByText(/You may import figures for Manchester: only its rows of the file are read\./)).toBeInTheDocument();
    await upload(user);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByRole('region', { name: 'The file can be imported' });
    // The service reads only the editor's own areas' rows: the saved mapping goes as it is.
    expect(uploads[0].form.get('mappingCode')).toBe(caseload.code);

    await user.click(screen.getByRole('radio', { name: 'Set up the columns myself' }));
    await user.click(screen.getByRole('button', { name: 'Choose what column ehcplans becomes' }));
    await user.click(screen.getByRole('radio', { name: 'A new indicator' }));
    expect(screen.getByText(/Only administrators can add indicators to the catalogue/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to the catalogue' })).not.toBeInTheDocument();
  });

  it('lists the bad rows of a rejected file, and links the problems of a bad mapping to their column', async () => {
    fakeApi();
    let answer: UploadAnswer = {
      status: 422,
      body: {
        status: 422,
        title: 'The file has bad rows',
        rowErrors: [{ line: 4, column: 'ehcplans', message: "'1,900' is not a number" }],
        errorCount: 1,
      },
    };
    mockUploads(() => answer);
    const { user, container } = renderApp(eesPath);

    await upload(user);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^The file has 1 problem, listed below/ })).toHaveAttribute('href', '#row-errors');
    const table = screen.getByRole('table', { name: 'Problems in the file' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['LineColumnProblem', "4ehcplans'1,900' is not a number"]);
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(document.title).toBe('Error: Import an Explore Education Statistics file – SEND Hub');
    expect(await axeViolations(container)).toEqual([]);

    answer = {
      status: 422,
      body: {
        status: 422,
        title: 'The mapping does not fit the catalogue',
        errors: [{ field: 'mapping.indicators.ehcplans', message: "ehcp_plans has no breakdown 'ethnicity' (it has: total, sex, setting): add it to the indicator in the catalogue first" }],
      },
    };
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /^Column ehcplans: ehcp_plans has no breakdown 'ethnicity'/ })).toHaveAttribute('href', '#column-12'),
    );
    expect(screen.queryByRole('table', { name: 'Problems in the file' })).not.toBeInTheDocument();
  });

  it('is linked from the import page and the explorer for editors, and not open to viewers', async () => {
    fakeApi(editor);
    const { user } = renderApp('/indicators/import');
    await user.click(await screen.findByRole('link', { name: 'Import an Explore Education Statistics file' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Import an Explore Education Statistics file' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Import indicator values' })).toHaveAttribute('href', '/indicators/import');
  });

  it('is offered from the explorer, and tells a viewer who finds it that they may not import', async () => {
    fakeApi(editor);
    const first = renderApp('/indicators');
    expect(await screen.findByRole('link', { name: 'Import an Explore Education Statistics file' })).toHaveAttribute('href', eesPath);
    first.unmount();

    fakeApi(viewer);
    renderApp(eesPath);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot import indicator values' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload an EES open-data CSV file')).not.toBeInTheDocument();
  });
});
