import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem } from '@/test/fetch-mock';
import { axeViolations } from '@/test/axe';
import { fakeAreaApi } from '@/test/fake-area-api';
import { coproduction, manchester, outcome, page, priority, service, strategy, wigan } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

const area = `/areas/${manchester.code}`;

describe('every page meets WCAG 2.2 AA (the checks that run without a browser)', () => {
  it.each([
    ['the area list', '/', 'Choose an area'],
    ['an area', area, 'Manchester'],
    ['a strategy', `${area}/strategies/${strategy.id}`, strategy.title],
    ['a priority', `${area}/priorities/${priority.id}`, priority.title],
    ['the add form', `${area}/priorities/new`, 'Add a priority'],
    ['the edit form', `${area}/priorities/${priority.id}/edit`, 'Edit priority'],
    ['the priority\'s services form', `${area}/priorities/${priority.id}/link-services`, 'Link services'],
    ['the priority\'s co-production form', `${area}/priorities/${priority.id}/link-coproduction`, 'Link co-production'],
    ['the outcomes', `${area}/outcomes`, 'Outcomes'],
    ['an outcome', `${area}/outcomes/${outcome.id}`, outcome.statement],
    ['the outcome add form', `${area}/outcomes/new`, 'Add an outcome'],
    ['the outcome edit form', `${area}/outcomes/${outcome.id}/edit`, 'Edit outcome'],
    ['the services register', `${area}/services`, 'Services register'],
    ['a service', `${area}/services/${service.id}`, service.name],
    ['the service add form', `${area}/services/new`, 'Add a service'],
    ['the service edit form', `${area}/services/${service.id}/edit`, 'Edit service'],
    ['the service\'s co-production form', `${area}/services/${service.id}/link-coproduction`, 'Link co-production'],
    ['the co-production records', `${area}/coproduction`, 'Co-production'],
    ['a co-production record', `${area}/coproduction/${coproduction.id}`, coproduction.title],
    ['the co-production add form', `${area}/coproduction/new`, 'Add a co-production record'],
    ['the co-production edit form', `${area}/coproduction/${coproduction.id}/edit`, 'Edit co-production record'],
    ['you said, we did', `${area}/you-said-we-did`, 'You said, we did'],
    ['the not-found page', '/nowhere', 'Page not found'],
  ])('%s', async (_, path, heading) => {
    // Two areas, so that the area list is shown rather than skipped.
    fakeAreaApi().on('GET', '/api/v1/areas', page([manchester, wigan]));
    const { container } = renderApp(path);

    await screen.findByRole('heading', { level: 1, name: heading });
    // Let the lists on the page load too.
    await waitFor(() => expect(screen.queryByText(/^Loading/)).not.toBeInTheDocument());

    expect(await axeViolations(container)).toEqual([]);
  });

  it('the edit form showing errors and a conflict', async () => {
    fakeAreaApi().on(
      'PUT',
      `/api/v1/areas/${manchester.code}/priorities/${priority.id}`,
      problem(412, { title: 'Precondition Failed', currentVersion: 4, current: { ...priority, version: 4 } }),
    );
    const { container, user } = renderApp(`${area}/priorities/${priority.id}/edit`);

    await user.clear(await screen.findByLabelText('Title'));
    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    await screen.findByRole('link', { name: 'Enter a title' });
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Title'), 'Another title');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    await screen.findByRole('button', { name: 'Overwrite all with my changes' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the service form showing the API’s field errors and a conflict', async () => {
    const servicePath = `/api/v1/areas/${manchester.code}/services/${service.id}`;
    let calls = 0;
    fakeAreaApi().on('PUT', servicePath, () => {
      calls += 1;
      return calls === 1
        ? problem(422, {
            title: 'The request breaks a rule',
            errors: [
              { field: 'contractEnd', message: 'must not be before contractStart' },
              { field: 'priorityIds[0]', message: 'is not a priority of area E08000003' },
            ],
          })
        : problem(412, { title: 'Precondition Failed', currentVersion: 7, current: { ...service, version: 7, name: 'Their name' } });
    });
    const { container, user } = renderApp(`${area}/services/${service.id}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Save service' }));
    await screen.findByRole('link', { name: 'Contract end date must not be before contract start date' });
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save service' }));
    await screen.findByRole('button', { name: 'Overwrite all with my changes' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
