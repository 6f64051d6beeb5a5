import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, manchester } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const listPath = `/api/v1/areas/${manchester.code}/coproduction`;
const closed = {
  ...coproduction,
  id: '89898989-8989-4898-8898-898989898989',
  title: 'Monthly SEND drop-ins',
  kind: 'drop_in' as const,
  youSaid: 'Meet us in the evenings.',
  weDid: 'Two of the drop-ins are now in the evening.',
  feedbackGivenOn: '2025-06-01',
  status: 'closed' as const,
};

describe('you said, we did', () => {
  it('shows each record as a card, with the loops not yet closed tagged and counted', async () => {
    fakeAreaApi().on('GET', listPath, (request) => {
      const items = request.query.get('loopOpen') === 'true' ? [coproduction] : [coproduction, closed];
      return json({ items, page: 0, size: 50, total: items.length });
    });
    renderApp(`/areas/${manchester.code}/you-said-we-did`);

    expect(await screen.findByRole('heading', { level: 1, name: 'You said, we did' })).toBeInTheDocument();
    const open = (await screen.findByRole('heading', { level: 2, name: coproduction.title })).closest('.govuk-summary-card') as HTMLElement;
    expect(within(open).getAllByText('Loop not closed')[0]).toHaveClass('govuk-tag');
    expect(within(open).getByText('Short breaks are hard to find out about.')).toBeInTheDocument();
    expect(within(open).getByText('We put every short break on the Local Offer.')).toBeInTheDocument();
    expect(within(open).getByText('1 March 2025')).toBeInTheDocument();

    const done = screen.getByRole('heading', { level: 2, name: closed.title }).closest('.govuk-summary-card') as HTMLElement;
    expect(within(done).queryByText('Loop not closed')).not.toBeInTheDocument();
    expect(within(done).getByText('1 June 2025')).toBeInTheDocument();
    expect(await screen.findByText(/2 records\. 1 loop not closed yet\./)).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: coproduction.title })).toHaveAttribute(
      'href',
      `/areas/${manchester.code}/coproduction/${coproduction.id}`,
    );
  });

  it('filters by whether the loop is closed and by kind', async () => {
    const api = fakeAreaApi();
    const { user } = renderApp(`/areas/${manchester.code}/you-said-we-did`);

    await screen.findByRole('heading', { level: 2, name: coproduction.title });
    await user.selectOptions(screen.getByLabelText('Feedback'), 'Loop not closed (no feedback given yet)');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Survey');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(api.sent('GET', listPath).some((request) => request.query.get('loopOpen') === 'true')).toBe(true));
    const query = api.sent('GET', listPath).at(-1)?.query;
    expect(query?.get('kind')).toBe('survey');
  });
});
