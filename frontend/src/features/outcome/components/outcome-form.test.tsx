import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/test/axe';
import { json, problem } from '@/test/fetch-mock';
import { fakeAreaApi } from '@/test/fake-area-api';
import { manchester, outcome } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const outcomePath = `/api/v1/areas/${manchester.code}/outcomes/${outcome.id}`;

describe('the outcome form', () => {
  it('names the indicators someone else chose when they saved first, and keeps them with the user’s statement', async () => {
    const theirs = { ...outcome, version: 3, indicatorCodes: ['short_breaks_uptake', 'ehcp_primary_need'] };
    const api = fakeAreaApi().on('PUT', outcomePath, (request) =>
      request.headers.get('If-Match') === '"3"'
        ? json({ ...theirs, version: 4, statement: 'I am listened to' }, { headers: { ETag: '"4"' } })
        : problem(412, { title: 'Precondition Failed', currentVersion: 3, current: theirs }),
    );
    const { user, container } = renderApp(`/areas/${manchester.code}/outcomes/${outcome.id}/edit`);

    const statement = await screen.findByLabelText('Outcome statement');
    await user.clear(statement);
    await user.type(statement, 'I am listened to');
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));

    const merge = await screen.findByRole('region', { name: 'What changed since you opened it' });
    expect(merge).toHaveTextContent('Their changes, which will be keptIndicators that show progressFamilies using short breaks; EHC plans by primary need');
    expect(merge).toHaveTextContent('Your changes, which will be keptOutcome statementI am listened to');
    expect(merge).not.toHaveTextContent(/short_breaks_uptake|ehcp_/);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(merge).getByRole('button', { name: 'Save both sets of changes' }));

    expect(await screen.findByText('Outcome saved')).toBeInTheDocument();
    expect(api.sent('PUT')[1].body).toMatchObject({ statement: 'I am listened to', indicatorCodes: theirs.indicatorCodes });
  });
});
