import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BoardReport, Dashboard, GapAnalysis, Trace } from '@/features/insight/types';
import { axeViolations } from '@/test/axe';
import { timeliness } from '@/test/benchmark-fixtures';
import { fakeAreaApi } from '@/test/fake-area-api';
import type { DecisionSummary } from '@/features/decision/types';
import { coproduction, decision, manchester, priority, service } from '@/test/fixtures';
import { typeDate } from '@/test/date-input';
import { renderApp } from '@/test/render-app';

const area = `/areas/${manchester.code}`;
const api = `/api/v1/areas/${manchester.code}`;

const emptyDashboard: Dashboard = {
  areaCode: manchester.code,
  asOf: '2025-06-01',
  since: '2025-03-01',
  priorityStatus: [
    { status: 'not_started', now: 1, then: 2 },
    { status: 'on_track', now: 3, then: 1 },
    { status: 'at_risk', now: 1, then: 0 },
    { status: 'off_track', now: 0, then: 0 },
    { status: 'achieved', now: 0, then: 0 },
  ],
  statusChanges: [],
  historyBegins: '2025-01-01',
  actionsDue: [],
  contractsEnding: [],
  contractsEndingValue: 0,
  reviewsDue: [],
  servicesByStage: [
    { stage: 'understand', services: 0 },
    { stage: 'plan', services: 2 },
    { stage: 'do', services: 4 },
    { stage: 'review', services: 1 },
  ],
  coproductionByKind: [],
  coproductionClosedShare: null,
  medianDaysToClose: null,
  keyIndicators: [],
  prioritiesWithoutMeasure: [],
};

const dashboard: Dashboard = {
  ...emptyDashboard,
  statusChanges: [{ priorityId: priority.id, title: priority.title, from: 'on_track', to: 'at_risk' }],
  actionsDue: [
    { priorityId: priority.id, priorityTitle: priority.title, description: 'Train EHC plan writers', owner: 'SEND team', dueDate: '2025-04-30', status: 'in_progress', overdue: true },
    { priorityId: priority.id, priorityTitle: priority.title, description: 'Review the plan template', owner: null, dueDate: '2025-08-30', status: 'not_started', overdue: false },
  ],
  contractsEnding: [{ serviceId: service.id, name: service.name, provider: service.provider, date: '2025-09-30', annualValue: 1250000, overdue: false }],
  contractsEndingValue: 1250000,
  reviewsDue: [{ serviceId: service.id, name: service.name, provider: service.provider, date: '2025-08-01', annualValue: null, overdue: true }],
  coproductionByKind: [
    { kind: 'survey', records: 2, loopClosed: 1 },
    { kind: 'drop_in', records: 1, loopClosed: 1 },
  ],
  coproductionClosedShare: 66.7,
  medianDaysToClose: 42,
  keyIndicators: [
    {
      priorityId: priority.id,
      priorityNumber: 1,
      priorityTitle: priority.title,
      measure: {
        indicatorCode: 'ehcp_issued_within_20_weeks',
        indicatorName: 'EHC plans issued within 20 weeks (%)',
        unit: 'percent',
        polarity: 'higher_is_better',
        breakdown: 'total',
        category: 'total',
        description: 'Plans issued within 20 weeks',
        targetValue: 90,
        targetDate: '2026-03-31',
        latest: { period: '2024', periodStart: '2024-01-01', value: 63.5, lowerCi: null, upperCi: null },
        previous: { period: '2023', periodStart: '2023-01-01', value: 55, lowerCi: null, upperCi: null },
        direction: 'improving',
        onTarget: false,
        toTarget: 26.5,
        benchmark: timeliness,
      },
    },
  ],
};

const trace: Trace = {
  type: 'priority',
  id: priority.id,
  label: `1. ${priority.title}`,
  evidence: [],
  priorities: [],
  outcomes: [],
  services: [],
  totalAnnualValue: 0,
  fundingPartners: [],
  coproduction: [{ id: coproduction.id, label: coproduction.title, archived: false }],
  flags: ['no_measure', 'no_service'],
  decisions: [],
};

const decisionSummary: DecisionSummary = {
  id: decision.id,
  archived: false,
  serviceId: service.id,
  serviceName: service.name,
  decidedOn: decision.decidedOn,
  decision: 'recommission',
  decidedBy: 'SEND Board',
  rationale: decision.rationale,
  indicators: [{ code: 'ehcp_timeliness', name: 'EHC plans issued within 20 weeks' }],
  coproduction: [{ id: coproduction.id, label: coproduction.title, archived: false }],
  hasForecastEvidence: true,
};

const gaps: GapAnalysis = {
  areaCode: manchester.code,
  prevalenceIndicator: 'send_primary_need_share',
  growthIndicator: 'send_need_growth_percent',
  rule: 'Needs with a growth figure come first, the highest growth per service first.',
  note: 'Growth is from 2019 to 2023.',
  sources: [
    {
      indicator: 'send_need_growth_percent',
      name: 'Growth in SEND by primary need (%)',
      unit: 'percent',
      source: "Wigan's SEND JSNA",
      definition: null,
      caveats: ['Growth is the change from the first figure here to the latest.'],
    },
  ],
  forecastGaps: [],
  // Sent out of order, to show the page orders by rank.
  needs: [
    {
      rank: 2,
      need: 'SLCN',
      prevalenceIndicator: 'send_primary_need_share',
      prevalence: { period: '2023', periodStart: '2023-01-01', value: 21.2, lowerCi: null, upperCi: null },
      growthIndicator: 'send_need_growth_percent',
      growthPeriod: '2019-2023',
      growthPercent: 99.5,
      services: 3,
      tiers: ['targeted', 'specialist'],
      totalAnnualValue: 800000,
      servicesWithoutValue: 1,
      rankedBy: 'growth',
      score: 24.9,
      reason: 'grew 99.5% (2019-2023); 21.2 in 2023; 3 services (targeted, specialist)',
    },
    {
      rank: 1,
      need: 'ASD',
      prevalenceIndicator: 'send_primary_need_share',
      prevalence: { period: '2023', periodStart: '2023-01-01', value: 8.6, lowerCi: null, upperCi: null },
      growthIndicator: 'send_need_growth_percent',
      growthPeriod: '2019-2023',
      growthPercent: 57.5,
      services: 0,
      tiers: [],
      totalAnnualValue: 0,
      servicesWithoutValue: 0,
      rankedBy: 'growth',
      score: 57.5,
      reason: 'grew 57.5% (2019-2023); 8.6 in 2023; no services',
    },
  ],
};

const report: BoardReport = {
  area: manchester,
  date: '2025-06-01',
  since: '2025-03-01',
  dashboard,
  priorities: [{ priority, statusThen: 'on_track', measures: [] }],
  gaps,
  youSaidWeDid: [{ ...coproduction, feedbackGivenOn: '2025-04-15', status: 'closed' }],
  decisions: [decisionSummary],
};

function fakeBoardApi() {
  return fakeAreaApi()
    .on('GET', `${api}/dashboard`, dashboard)
    .on('GET', `${api}/priorities/:id/trace`, trace)
    .on('GET', `${api}/broken-chains`, {
      prioritiesWithoutMeasure: [{ id: priority.id, label: `1. ${priority.title}`, archived: false }],
      prioritiesWithoutService: [],
      prioritiesWithoutCoproduction: [],
      activeServicesWithoutPriority: [{ id: service.id, label: service.name, archived: false }],
      coproductionThatInfluencedNothing: [],
    })
    .on('GET', `${api}/gap-analysis`, gaps)
    .on('GET', `${api}/board-report`, report);
}

function section(heading: string): HTMLElement {
  return screen.getByRole('heading', { name: heading }).closest('.sendhub-report-block') as HTMLElement;
}

describe('the dashboard', () => {
  it('shows priorities by status now and then, and what changed', async () => {
    fakeBoardApi();
    renderApp(`${area}/dashboard`);

    const table = await screen.findByRole('table', { name: 'Priorities by status on 1 June 2025 and on 1 March 2025' });
    const onTrack = within(table).getByRole('rowheader', { name: 'On track' }).closest('tr') as HTMLElement;
    // As a screen reader reads them (on a narrow screen each cell also shows its column's name, hidden from it).
    const [now, then] = within(onTrack).getAllByRole('cell');
    expect(now).toHaveAccessibleName('3');
    expect(then).toHaveAccessibleName('1');
    expect(within(table).getByRole('columnheader', { name: 'Then (1 March 2025)' })).toBeInTheDocument();

    const changes = section('Changes since 1 March 2025');
    expect(within(changes).getByRole('link', { name: priority.title })).toHaveAttribute('href', `${area}/priorities/${priority.id}`);
    expect(changes).toHaveTextContent('from On track → to At risk');
  });

  it('shows overdue actions, contracts with their value, co-production and key indicators', async () => {
    fakeBoardApi();
    renderApp(`${area}/dashboard`);

    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    const actions = section('Actions due in the next 6 months');
    const actionRows = within(actions).getAllByRole('row').slice(1);
    expect(within(actionRows[0]).getByRole('cell', { name: 'Train EHC plan writers' })).toBeInTheDocument();
    expect(within(actionRows[0]).getByText('Overdue')).toHaveClass('govuk-tag--red');
    expect(within(actionRows[1]).queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.getByText('actions due in 6 months (1 overdue)')).toBeInTheDocument();
    const contracts = section('Contracts ending in the next 6 months');
    expect(contracts).toHaveTextContent('1 contract, total annual value £1,250,000.');
    expect(within(contracts).getByRole('cell', { name: '30 September 2025' })).toBeInTheDocument();
    const reviews = section('Reviews due in the next 6 months');
    expect(within(reviews).getByRole('cell', { name: 'Not recorded' })).toBeInTheDocument();
    expect(within(reviews).getByText('Overdue')).toHaveClass('govuk-tag--red');
    expect(within(contracts).queryByText('Ended')).not.toBeInTheDocument();
    expect(screen.getByText('reviews due in 6 months (1 overdue)')).toBeInTheDocument();
    const voice = section('Co-production in the last 12 months');
    expect(voice).toHaveTextContent('66.7% of the records have their loop closed');
    expect(voice).toHaveTextContent('Median time from the event to feedback: 42 days.');
    expect(within(voice).getByRole('rowheader', { name: 'Drop-in' })).toBeInTheDocument();
    const indicators = section('Key indicators');
    expect(indicators).toHaveTextContent(`Priority 1: ${priority.title}`);
    expect(indicators).toHaveTextContent('63.5% (2024)');
    expect(indicators).toHaveTextContent('26.5% below the target');
    expect(within(indicators).getByText('Not on target')).toHaveClass('govuk-tag--red');
    expect(indicators).toHaveTextContent("Manchester: 63.5% in 2024, better than England (46.4%) and similar to its statistical neighbours' mean (64.1%).");
    expect(within(indicators).getByText('Improving')).toHaveClass('govuk-tag');
  });

  it('says so in words when there is nothing to show', async () => {
    fakeBoardApi().on('GET', `${api}/dashboard`, emptyDashboard);
    renderApp(`${area}/dashboard`);

    expect(await screen.findByText('No action that is not done is due in the next 6 months or overdue.')).toBeInTheDocument();
    expect(screen.getByText('No priority has changed status since 1 March 2025.')).toBeInTheDocument();
    expect(screen.getByText('No active contract ends in the next 6 months.')).toBeInTheDocument();
    expect(screen.getByText('No review is due in the next 6 months or overdue.')).toBeInTheDocument();
    expect(screen.getByText(/No co-production was held in the last 12 months, so there is no loop to close/)).toBeInTheDocument();
    expect(screen.getByText('co-production held in the last 12 months, so no loop to close')).toBeInTheDocument();
    expect(screen.getByText(/No priority measures itself by an indicator yet\. Edit a priority/)).toBeInTheDocument();
  });

  it('keeps the day to compare with in the address and asks the API for it', async () => {
    const fake = fakeBoardApi();
    const { user } = renderApp(`${area}/dashboard`);

    await screen.findByRole('group', { name: 'Changes since' });
    await typeDate(user, 'Changes since', '1 1 2025');
    await user.click(screen.getByRole('button', { name: 'Show changes' }));

    await waitFor(() => expect(fake.sent('GET', `${api}/dashboard`).some((request) => request.query.get('since') === '2025-01-01')).toBe(true));
    const since = within(screen.getByRole('group', { name: 'Changes since' }));
    expect([since.getByLabelText('Day'), since.getByLabelText('Month'), since.getByLabelText('Year')].map((box) => (box as HTMLInputElement).value)).toEqual([
      '1',
      '1',
      '2025',
    ]);
  });

  it('says what is wrong with a date that is not real, and asks the API nothing', async () => {
    const fake = fakeBoardApi();
    const { user } = renderApp(`${area}/dashboard`);
    await screen.findByRole('group', { name: 'Changes since' });
    const asked = fake.sent('GET', `${api}/dashboard`).length;

    await typeDate(user, 'Changes since', '31 2 2025');
    await user.click(screen.getByRole('button', { name: 'Show changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Changes since must be a real date' })).toHaveAttribute('href', '#date-since-day');
    expect(fake.sent('GET', `${api}/dashboard`)).toHaveLength(asked);
  });

  it('is the first link of the area navigation', async () => {
    fakeBoardApi();
    renderApp(`${area}/dashboard`);

    const navigation = await screen.findByRole('navigation', { name: 'Manchester records' });
    const links = within(navigation).getAllByRole('link').map((link) => link.textContent);
    expect(links[0]).toBe('Dashboard');
    expect(links).toEqual(expect.arrayContaining(['Traceability', 'Gap analysis', 'Board report']));
    expect(within(navigation).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('tracing from need to voice', () => {
  it('is linked from the priority', async () => {
    fakeBoardApi();
    renderApp(`${area}/priorities/${priority.id}`);

    expect(await screen.findByRole('link', { name: 'Trace from need to voice' })).toHaveAttribute('href', `${area}/priorities/${priority.id}/trace`);
  });

  it('shows the chain in order, with the broken links as warnings', async () => {
    fakeBoardApi();
    renderApp(`${area}/priorities/${priority.id}/trace`);

    await screen.findByRole('heading', { level: 1, name: `1. ${priority.title}` });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Evidence',
      'Outcomes',
      'Commissioning decisions',
      'Services',
      'Co-production',
    ]);
    expect(screen.getByText('No commissioning decision about these services has been recorded.')).toBeInTheDocument();
    const warnings = Array.from(document.querySelectorAll('.govuk-warning-text__text')).map((warning) => warning.textContent);
    expect(warnings).toEqual([
      'WarningThis priority has no measure: nothing says how we will know it has worked',
      'WarningNo service delivers this priority',
    ]);
    expect(screen.getByRole('link', { name: coproduction.title })).toHaveAttribute('href', `${area}/coproduction/${coproduction.id}`);
  });

  it('shows the services with their value, funding and the total', async () => {
    fakeBoardApi().on('GET', `${api}/priorities/:id/trace`, {
      ...trace,
      flags: [],
      services: [
        { id: service.id, label: service.name, archived: false, status: 'active', annualValue: 450000, fundingModel: 'pooled', commissioners: ['Manchester City Council', 'NHS Greater Manchester ICB'] },
      ],
      totalAnnualValue: 450000,
      fundingPartners: ['Manchester City Council', 'NHS Greater Manchester ICB'],
    });
    renderApp(`${area}/priorities/${priority.id}/trace`);

    const row = (await screen.findByRole('link', { name: service.name })).closest('tr') as HTMLElement;
    expect(within(row).getByText('£450,000')).toBeInTheDocument();
    expect(within(row).getByText('Pooled budget')).toBeInTheDocument();
    expect(screen.getByText('Total annual value').nextElementSibling).toHaveTextContent('£450,000');
    expect(screen.getByText('The chain is complete.', { exact: false })).toBeInTheDocument();
    expect(document.querySelector('.govuk-warning-text')).toBeNull();
  });

  it('shows the decisions about the services, from their evidence to the service', async () => {
    fakeBoardApi().on('GET', `${api}/services/:id/trace`, { ...trace, type: 'service', label: service.name, flags: [], decisions: [decisionSummary] });
    renderApp(`${area}/services/${service.id}/trace`);

    const table = await screen.findByRole('table', { name: 'Commissioning decisions: the evidence, the decision and the service' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Evidence', 'Decision', 'Decided on', 'Decided by', 'Service']);
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByText('EHC plans issued within 20 weeks')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: coproduction.title })).toHaveAttribute('href', `${area}/coproduction/${coproduction.id}`);
    expect(within(row).getByText('The forecast recorded with it')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: `Recommission ${service.name}, 12 March 2025` })).toHaveAttribute('href', `${area}/decisions/${decision.id}`);
    expect(within(row).getByRole('link', { name: service.name })).toHaveAttribute('href', `${area}/services/${service.id}`);
  });

  it('lists where the area’s chains are broken, with counts and links', async () => {
    fakeBoardApi();
    renderApp(`${area}/traceability`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Priorities with no measure (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Active services linked to no priority (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Co-production that influenced nothing (0)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: service.name })).toHaveAttribute('href', `${area}/services/${service.id}`);
    expect(screen.getByText('Every priority has a service delivering it.')).toBeInTheDocument();
  });
});

describe('the gap analysis', () => {
  it('lists needs in rank order with the figures behind each rank', async () => {
    fakeBoardApi();
    renderApp(`${area}/gap-analysis`);

    const table = await screen.findByRole('table', { name: 'Primary needs ranked by growth against provision' });
    const rows = within(table).getAllByRole('row').slice(1);
    // As a screen reader reads them (on a narrow screen each cell also shows its column's name, hidden from it).
    expect(within(rows[0]).getAllByRole('cell')[1]).toHaveAccessibleName('ASD: Autistic spectrum disorder');
    expect(within(rows[1]).getAllByRole('cell')[1]).toHaveAccessibleName('SLCN: Speech, language and communication needs');
    expect(within(rows[1]).getByText('99.5% (2019-2023)')).toBeInTheDocument();
    expect(within(rows[1]).getByText('£800,000 (1 service not recorded)')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Targeted, Specialist')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Grew 57.5% (2019-2023); 8.6 in 2023; no services')).toBeInTheDocument();
    expect(screen.getByText('Growth is from 2019 to 2023.')).toBeInTheDocument();
    expect(screen.getByText('Needs with a growth figure come first, the highest growth per service first.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Growth in SEND by primary need (%)' })).toBeInTheDocument();
    expect(screen.getByText('Growth is the change from the first figure here to the latest.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Bar chart of growth in % by primary need: ASD 57.5%, SLCN 99.5%/ })).toBeInTheDocument();
  });
});

describe('the gap analysis in words', () => {
  it('states the rule and names the indicators its figures come from, not their codes', async () => {
    fakeBoardApi();
    renderApp(`${area}/gap-analysis`);

    expect(await screen.findByText('Needs with a growth figure come first, the highest growth per service first.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Growth in SEND by primary need (%)' })).toBeInTheDocument();
    expect(screen.getByText('Growth is the change from the first figure here to the latest.')).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent('send_need_growth_percent');
  });
});

describe('the board report', () => {
  it('shows every section on one page, and prints it', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    fakeBoardApi();
    const { user } = renderApp(`${area}/board-report?date=2025-06-01&since=2025-03-01`);

    expect(await screen.findByRole('heading', { level: 1, name: 'SEND Board report, 1 June 2025' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Contents',
      'Dashboard',
      'Priorities',
      'Gap analysis',
      'Where the figures come from',
      'Decisions this period',
      'You said, we did',
    ]);
    const block = screen.getByRole('heading', { level: 3, name: `1. ${priority.title}` }).closest('.sendhub-report-block') as HTMLElement;
    expect(within(block).getByText('At risk')).toHaveClass('govuk-tag');
    expect(within(block).getByText('On track')).toHaveClass('govuk-tag');
    expect(block).toHaveTextContent('(changed since)');
    const card = screen.getByRole('heading', { level: 3, name: coproduction.title }).closest('.govuk-summary-card') as HTMLElement;
    expect(card).toHaveTextContent('We put every short break on the Local Offer.');
    expect(card).toHaveTextContent('15 April 2025');

    const decisions = screen.getByRole('table', { name: 'Decisions this period' });
    expect(within(decisions).getByRole('link', { name: `Recommission ${service.name}, 12 March 2025` })).toBeInTheDocument();
    expect(screen.getByText('Commissioning decisions taken between 1 March 2025 and 1 June 2025', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalled();
  });

  it('lists its parts and priorities in a contents list that links to each', async () => {
    fakeBoardApi();
    renderApp(`${area}/board-report?date=2025-06-01&since=2025-03-01`);

    const contents = await screen.findByRole('navigation', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Dashboard', 'Priorities', `1. ${priority.title}`, 'Gap analysis', 'Decisions this period', 'You said, we did']);
    for (const link of links) {
      const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
      expect(target?.tagName).toMatch(/^H[23]$/);
      expect(target?.textContent).toBe(link.textContent);
    }
  });

  it('asks the API for the dates in the address', async () => {
    const fake = fakeBoardApi();
    renderApp(`${area}/board-report?date=2025-06-01&since=2025-03-01`);

    await screen.findByRole('heading', { level: 1, name: 'SEND Board report, 1 June 2025' });
    const query = fake.sent('GET', `${api}/board-report`).at(-1)?.query;
    expect(query?.get('date')).toBe('2025-06-01');
    expect(query?.get('since')).toBe('2025-03-01');
  });
});

describe('the board’s pages meet WCAG 2.2 AA (the checks that run without a browser)', () => {
  it.each([
    ['the dashboard', `${area}/dashboard`, 'Dashboard'],
    ['a trace', `${area}/priorities/${priority.id}/trace`, `1. ${priority.title}`],
    ['a trace with decisions', `${area}/services/${service.id}/trace`, service.name],
    ['the traceability page', `${area}/traceability`, 'Traceability'],
    ['the gap analysis', `${area}/gap-analysis`, 'Gap analysis'],
    ['the board report', `${area}/board-report`, 'SEND Board report, 1 June 2025'],
  ])('%s', async (_, path, heading) => {
    fakeBoardApi().on('GET', `${api}/services/:id/trace`, { ...trace, type: 'service', label: service.name, decisions: [decisionSummary] });
    const { container } = renderApp(path);

    await screen.findByRole('heading', { level: 1, name: heading });
    expect(await axeViolations(container)).toEqual([]);
  });
});
