import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AreaProfile } from '@/features/benchmark/types';
import { axeViolations } from '@/test/axe';
import { attendance, autism, benchmark, comparator, exclusions, plans, profileOf, timeliness, withheld } from '@/test/benchmark-fixtures';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { page, viewer } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const manchesterProfile = profileOf([timeliness, plans, autism, attendance, exclusions, withheld]);

/** Answers the profile at the level asked for, as the API does. */
function fakeApi(profile: AreaProfile = manchesterProfile) {
  return mockApi()
    .on('GET', '/api/v1/me', viewer)
    .on('GET', '/api/v1/areas', page([]))
    .on('GET', '/api/v1/geography/:code/profile', (request, { code }) => {
      if (code !== profile.place.code) return problem(404, { title: 'Not Found', detail: `No place ${code}` });
      const confidenceLevel = request.query.get('confidence') === '99.8' ? 99.8 : 95;
      return json({ ...profile, confidenceLevel, rows: profile.rows.map((row) => ({ ...row, confidenceLevel })) });
    });
}

/** The cells of the row of an indicator, by their column's name (each cell's content, without the column name it shows when stacked). */
function rowCells(name: RegExp): Record<string, HTMLElement> {
  const table = screen.getByRole('table', { name: /^Manchester compared/ });
  const row = within(table).getByRole('row', { name });
  const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent ?? '');
  const cells = [...row.querySelectorAll<HTMLElement>('th, td')].map((cell) => cell.querySelector<HTMLElement>('.sendhub-table-stacked__value') ?? cell);
  return Object.fromEntries(headers.map((header, index) => [header, cells[index]]));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the area profile', () => {
  it('compares the place with England, its region and its neighbours, in words and colours', async () => {
    const api = fakeApi();
    const { container } = renderApp('/places/E08000003/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'Manchester area profile' })).toBeInTheDocument();
    expect(document.title).toBe('Manchester area profile – SEND Hub');
    expect(screen.getByText(/^How Manchester compares with England, North West, its region, and its statistical neighbours/)).toHaveTextContent(
      'significant at 95% confidence',
    );
    expect(screen.getByRole('status')).toHaveTextContent('6 indicators.');
    expect(api.sent('GET', '/api/v1/geography/E08000003/profile')[0].query.get('confidence')).toBe('95');

    const headers = within(screen.getByRole('table', { name: 'Manchester compared, at 95% confidence' })).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Indicator',
      'Manchester',
      'England',
      'North West',
      'Statistical neighbours (average)',
      'Rank among local authorities',
      'Recent trend',
      'Spread of local authorities',
    ]);

    const row = rowCells(/EHC plans issued within 20 weeks/);
    expect(within(row.Indicator).getByRole('link', { name: 'EHC plans issued within 20 weeks (%)' })).toHaveAttribute(
      'href',
      '/indicators?indicator=ehcp_issued_within_20_weeks&area=E08000003&compare=england&compare=region&compare=neighbours',
    );
    expect(row.Indicator).toHaveTextContent('2024');
    expect(row.Manchester).toHaveTextContent('63.5%');
    expect(row.England).toHaveTextContent('46.4%');
    expect(within(row.England).getByText('Better')).toHaveClass('govuk-tag--green');
    expect(within(row.England).getByText('Better')).toHaveTextContent('Better than England');
    expect(within(row['North West']).getByText('Better')).toHaveTextContent('Better than North West');
    expect(within(row['Statistical neighbours (average)']).getByText('Similar')).toHaveClass('govuk-tag--yellow');
    expect(within(row['Statistical neighbours (average)']).getByText('Similar')).toHaveTextContent("Similar to the statistical neighbours' average");
    expect(row['Rank among local authorities']).toHaveTextContent('40th best of 150Second-best quarter');
    expect(row['Recent trend']).toHaveTextContent('↑Increasing and getting betterFrom 2020 to 2024');
    expect(row['Spread of local authorities']).toHaveTextContent(
      'Local authorities in 2024: lowest 4.2%, 25th percentile 33.1%, median 47.9%, 75th percentile 68.3%, highest 100%.',
    );
    const spine = row['Spread of local authorities'].querySelector('svg');
    expect(spine).toHaveAttribute('aria-hidden', 'true');
    expect(spine?.querySelector('[data-place]')).toHaveAttribute('fill', '#0f7a52');
    expect(row['Spread of local authorities']).toHaveTextContent(/^WorstBest/);

    expect(await axeViolations(container)).toEqual([]);
  });

  it('says why a count is not compared, ranks it largest first and gives no trend', async () => {
    fakeApi();
    renderApp('/places/E08000003/profile');

    await screen.findByRole('heading', { level: 1, name: 'Manchester area profile' });
    const row = rowCells(/EHC plans \(as at January\)/);
    expect(row.Manchester).toHaveTextContent('9,415');
    expect(row.England).toHaveTextContent('638,745');
    for (const column of ['England', 'North West', 'Statistical neighbours (average)']) {
      expect(within(row[column]).getByText('Not compared')).toHaveClass('govuk-tag--grey');
    }
    expect(row.Indicator).toHaveTextContent('A count is not compared between places of different sizes: compare a percentage or a rate.');
    expect(row['Rank among local authorities']).toHaveTextContent('3rd highest of 152Highest quarter');
    expect(row['Recent trend']).toHaveTextContent('Cannot be calculatedOnly percentages and rates with numerators and denominators are tested for trend.');
    expect(row['Spread of local authorities']).toHaveTextContent(/^LowestHighest/);
    expect(row['Spread of local authorities'].querySelector('[data-place]')).toHaveAttribute('fill', '#ffffff');
  });

  it('names a category in words, says higher or lower where neither is better, and says why a figure is withheld', async () => {
    fakeApi();
    renderApp('/places/E08000003/profile');

    await screen.findByRole('heading', { level: 1, name: 'Manchester area profile' });
    const autismRow = rowCells(/Autistic spectrum disorder/);
    expect(autismRow.Indicator).toHaveTextContent('EHC plans by primary need (%)Primary need: Autistic spectrum disorder2024');
    expect(within(autismRow.Indicator).getByRole('link')).toHaveAttribute(
      'href',
      '/indicators?indicator=ehcp_primary_need_percent&area=E08000003&compare=england&compare=region&compare=neighbours&breakdown=primary_need&category=ASD',
    );
    expect(within(autismRow.England).getByText('Higher')).toHaveTextContent('Higher than England');
    expect(within(autismRow['Statistical neighbours (average)']).getByText('Lower')).toBeInTheDocument();
    expect(autismRow['Recent trend']).toHaveTextContent(/^↑Increasing/);

    const withheldRow = rowCells(/Requests where the local authority decided to assess/);
    expect(withheldRow.Manchester).toHaveTextContent('withheld (c: confidential)');
    expect(withheldRow['Rank among local authorities']).toHaveTextContent("Manchester's figure for 2024 is withheld.");
    expect(withheldRow['Recent trend']).toHaveTextContent('Not enough dataThe test needs 5 periods; there are 3.');
    expect(withheldRow['Spread of local authorities'].querySelector('[data-place]')).toBeNull();
  });

  it('shows only the indicators worse than England and getting worse, on request, and keeps that in the address', async () => {
    fakeApi();
    const { user, container } = renderApp('/places/E08000003/profile');

    await screen.findByRole('heading', { level: 1, name: 'Manchester area profile' });
    await user.click(screen.getByLabelText('Only show indicators worse than England and getting worse'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('1 of 6 indicators: those where Manchester is worse than England and getting worse.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Manchester compared/ });
    expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual(['School attendance of pupils with SEND (%)']);
    // The form is drawn again from the address, so the box stays ticked only if the address has it.
    expect(screen.getByLabelText('Only show indicators worse than England and getting worse')).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByLabelText('Only show indicators worse than England and getting worse'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('6 indicators.')).toBeInTheDocument();
  });

  it('says so when no indicator is worse than England and getting worse', async () => {
    fakeApi(profileOf([timeliness, exclusions]));
    renderApp('/places/E08000003/profile?only=worse-and-worsening');

    expect(await screen.findByText('No indicator is worse than England and getting worse.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('compares at 99.8% when asked, from the address', async () => {
    const api = fakeApi();
    const { user } = renderApp('/places/E08000003/profile');

    await screen.findByRole('table', { name: 'Manchester compared, at 95% confidence' });
    await user.click(screen.getByLabelText('99.8%'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByRole('table', { name: 'Manchester compared, at 99.8% confidence' })).toBeInTheDocument();
    expect(api.sent('GET', '/api/v1/geography/E08000003/profile').map((request) => request.query.get('confidence'))).toEqual(['95', '99.8']);
    expect(screen.getByLabelText('99.8%')).toBeChecked();
    expect(screen.getByText('GET /api/v1/geography/E08000003/profile?confidence=99.8&format=csv')).toBeInTheDocument();
  });

  it('downloads the profile and the Fingertips file with the token, under the server’s names', async () => {
    const api = fakeApi().on('GET', '/api/v1/geography/:code/profile', (request) => {
      const format = request.query.get('format');
      if (!format) return json(manchesterProfile);
      return new Response('indicator,value\n', {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="E08000003-${format}.csv"` },
      });
    });
    const createObjectURL = vi.fn(() => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp('/places/E08000003/profile');

    await user.click(await screen.findByRole('button', { name: 'Download the profile (CSV)' }));
    expect(await screen.findByText('Downloaded E08000003-csv.csv.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Download in Fingertips' format (CSV)" }));
    expect(await screen.findByText('Downloaded E08000003-fingertips.csv.')).toBeInTheDocument();

    const downloads = api.sent('GET', '/api/v1/geography/E08000003/profile').filter((request) => request.query.has('format'));
    expect(downloads.map((request) => request.query.toString())).toEqual(['confidence=95&format=csv', 'confidence=95&format=fingertips']);
    expect(downloads.every((request) => request.headers.get('Authorization') === 'Bearer test-token')).toBe(true);
    expect(clicked.map((link) => link.download)).toEqual(['E08000003-csv.csv', 'E08000003-fingertips.csv']);
  });

  it('says so when a download fails', async () => {
    fakeApi().on('GET', '/api/v1/geography/:code/profile', (request) =>
      request.query.get('format') ? problem(503, { title: 'Service Unavailable', detail: 'The database is busy' }) : json(manchesterProfile),
    );
    const { user } = renderApp('/places/E08000003/profile');

    await user.click(await screen.findByRole('button', { name: 'Download the profile (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The download failed. The database is busy');
  });

  it('compares a region with England alone, and ranks nothing', async () => {
    const northWest = { code: 'E12000002', name: 'North West', level: 'region' as const, region: null };
    fakeApi(profileOf([benchmark({ place: northWest, comparators: [comparator('england', { significance: 'lower', judgement: 'worse' })] })], { place: northWest }));
    renderApp('/places/E12000002/profile');

    const table = await screen.findByRole('table', { name: 'North West compared, at 95% confidence' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Indicator',
      'North West',
      'England',
      'Recent trend',
      'Spread of local authorities',
    ]);
    expect(screen.getByText(/^How North West compares with England on every indicator/)).toBeInTheDocument();
    expect(within(table).getByRole('link')).toHaveAttribute('href', '/indicators?indicator=indicator&area=E12000002&compare=england');
  });

  it('shows England’s figures with no comparisons and no filter', async () => {
    const england = { code: 'E92000001', name: 'England', level: 'country' as const, region: null };
    fakeApi(profileOf([benchmark({ place: england, comparators: [] })], { place: england }));
    const { container } = renderApp('/places/E92000001/profile');

    const table = await screen.findByRole('table', { name: 'England compared, at 95% confidence' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Indicator',
      'England',
      'Recent trend',
      'Spread of local authorities',
    ]);
    expect(screen.queryByLabelText('Only show indicators worse than England and getting worse')).not.toBeInTheDocument();
    expect(screen.queryByText('Not compared')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is not found for a place the geography does not have', async () => {
    fakeApi();
    renderApp('/places/E99999999/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
