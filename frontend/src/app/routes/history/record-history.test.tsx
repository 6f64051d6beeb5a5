import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/test/axe';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, manchester, outcome, priority, service, strategy } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const api = `/api/v1/areas/${manchester.code}`;
const app = `/areas/${manchester.code}`;

function historyList(items: object[], { page = 0, size = 20, total = items.length } = {}) {
  return { items, page, size, total };
}

const priorityHistory = historyList([
  { id: 3, at: '2026-12-01T18:37:29Z', actor: 'editor.manchester', action: 'archive', changes: [] },
  {
    id: 2,
    at: '2026-11-30T09:05:00Z',
    actor: 'editor.manchester',
    action: 'update',
    changes: [
      { field: 'status', before: 'on_track', after: 'at_risk' },
      { field: 'lead', before: 'SEND team', after: null },
      {
        field: 'actions',
        before: [{ description: 'Train EHC plan writers', status: 'in_progress' }],
        after: [
          { description: 'Train EHC plan writers', status: 'in_progress' },
          { description: 'Audit plans', status: 'not_started' },
        ],
      },
      { field: 'outcomeIds', before: [], after: [outcome.id] },
      { field: 'reviewCadence', before: null, after: 'every_quarter' },
    ],
  },
  {
    id: 1,
    at: '2025-01-01T00:00:00Z',
    actor: 'importer',
    action: 'create',
    changes: [
      { field: 'strategyId', before: null, after: strategy.id },
      { field: 'title', before: null, after: priority.title },
      { field: 'status', before: null, after: 'on_track' },
    ],
  },
]);

describe('the history of a record', () => {
  it('says every change of a priority in words, newest first, with no codes', async () => {
    const fake = fakeAreaApi().on('GET', `${api}/priorities/${priority.id}/history`, priorityHistory);
    const { container } = renderApp(`${app}/priorities/${priority.id}/history`);

    expect(await screen.findByRole('heading', { level: 1, name: `History of ${priority.title}` })).toBeInTheDocument();
    expect(document.title).toBe(`History of ${priority.title} – SEND Hub`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Archived by editor.manchester' })).toBeInTheDocument();
    const entries = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(entries).toEqual(['Archived by editor.manchester', 'Changed by editor.manchester', 'Created by importer']);
    expect(screen.getByText('1 December 2026 at 6:37pm')).toHaveAttribute('datetime', '2026-12-01T18:37:29Z');
    expect(screen.getByText('30 November 2026 at 9:05am')).toBeInTheDocument();

    expect(screen.getByText('Status: On track → At risk')).toBeInTheDocument();
    expect(screen.getByText('Lead: SEND team → (none)')).toBeInTheDocument();
    expect(screen.getByText('Actions: 1 action → 2 actions. Added “Audit plans (Not started)”')).toBeInTheDocument();
    expect(screen.getByText('Outcomes: (none) → 1 outcome linked')).toBeInTheDocument();
    expect(screen.getByText('Review cadence: (none) → Every quarter')).toBeInTheDocument();
    expect(await screen.findByText(`Strategy: ${strategy.title}`)).toBeInTheDocument();
    expect(screen.getByText('Status: On track')).toBeInTheDocument();

    const main = screen.getByRole('main');
    expect(main.textContent).not.toMatch(/on_track|at_risk|outcomeIds|strategyId|every_quarter/);
    expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: priority.title })).toHaveAttribute(
      'href',
      `${app}/priorities/${priority.id}`,
    );
    expect(fake.sent('GET', `${api}/priorities/${priority.id}/history`)[0].query.get('page')).toBe('0');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('pages through a long history', async () => {
    const change = (id: number) => ({ id, at: '2026-11-01T12:00:00Z', actor: 'editor.manchester', action: 'update', changes: [{ field: 'stage', before: 'plan', after: 'do' }] });
    const fake = fakeAreaApi().on('GET', `${api}/services/${service.id}/history`, (request) => {
      const page = Number(request.query.get('page'));
      return new Response(JSON.stringify(historyList([change(100 - page)], { page, total: 45 })), { headers: { 'Content-Type': 'application/json' } });
    });
    const { user } = renderApp(`${app}/services/${service.id}/history`);

    expect(await screen.findByRole('heading', { level: 1, name: `History of ${service.name}` })).toBeInTheDocument();
    expect(await screen.findByText('Commissioning stage: Plan → Do')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Page 3' }));

    expect(await screen.findByText(/^Showing 41 to 41 of 45 changes/)).toBeInTheDocument();
    expect(fake.sent('GET', `${api}/services/${service.id}/history`).at(-1)?.query.get('page')).toBe('2');
  });

  it('says when a record has no changes yet', async () => {
    fakeAreaApi().on('GET', `${api}/outcomes/${outcome.id}/history`, historyList([]));
    renderApp(`${app}/outcomes/${outcome.id}/history`);

    expect(await screen.findByText('This record has no changes yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: `History of ${outcome.statement}` })).toBeInTheDocument();
  });

  it.each([
    ['strategy', `${app}/strategies/${strategy.id}`, strategy.title],
    ['priority', `${app}/priorities/${priority.id}`, priority.title],
    ['outcome', `${app}/outcomes/${outcome.id}`, outcome.statement],
    ['service', `${app}/services/${service.id}`, service.name],
    ['co-production', `${app}/coproduction/${coproduction.id}`, coproduction.title],
  ])('is linked from the page of the %s', async (_kind, recordUrl, title) => {
    fakeAreaApi().on('GET', `${api}${recordUrl.slice(app.length)}/history`, historyList([]));
    const { user } = renderApp(recordUrl);

    await user.click(await screen.findByRole('link', { name: 'See the history of this record' }));

    expect(await screen.findByRole('heading', { level: 1, name: `History of ${title}` })).toBeInTheDocument();
  });
});
