import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/test/fetch-mock';
import { axeViolations } from '@/test/axe';
import { editor, manchester, page, priority, strategy } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

function fakeApi() {
  return mockApi()
    .on('GET', '/api/v1/me', editor)
    .on('GET', '/api/v1/areas', page([manchester]))
    .on('GET', `/api/v1/areas/${manchester.code}`, manchester)
    .on('GET', `/api/v1/areas/${manchester.code}/strategies`, page([strategy]))
    .on('GET', `/api/v1/areas/${manchester.code}/strategies/${strategy.id}`, strategy)
    .on('GET', `/api/v1/areas/${manchester.code}/priorities`, page([priority]))
    .on('GET', `/api/v1/areas/${manchester.code}/priorities/${priority.id}`, json(priority, { headers: { ETag: '"3"' } }));
}

describe('every page meets WCAG 2.2 AA (the checks that run without a browser)', () => {
  it.each([
    ['the area list', '/', 'Choose an area'],
    ['an area', `/areas/${manchester.code}`, 'Manchester'],
    ['a strategy', `/areas/${manchester.code}/strategies/${strategy.id}`, strategy.title],
    ['a priority', `/areas/${manchester.code}/priorities/${priority.id}`, priority.title],
    ['the add form', `/areas/${manchester.code}/priorities/new`, 'Add a priority'],
    ['the edit form', `/areas/${manchester.code}/priorities/${priority.id}/edit`, 'Edit priority'],
    ['the not-found page', '/nowhere', 'Page not found'],
  ])('%s', async (_, path, heading) => {
    fakeApi();
    const { container } = renderApp(path);

    await screen.findByRole('heading', { level: 1, name: heading });

    expect(await axeViolations(container)).toEqual([]);
  });

  it('the edit form showing errors and a conflict', async () => {
    fakeApi().on(
      'PUT',
      `/api/v1/areas/${manchester.code}/priorities/${priority.id}`,
      problem(412, { title: 'Precondition Failed', currentVersion: 4, current: { ...priority, version: 4 } }),
    );
    const { container, user } = renderApp(`/areas/${manchester.code}/priorities/${priority.id}/edit`);

    await user.clear(await screen.findByLabelText('Title'));
    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    await screen.findByRole('link', { name: 'Enter a title' });
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByLabelText('Title'), 'Another title');
    await user.click(screen.getByRole('button', { name: 'Save priority' }));
    await screen.findByRole('button', { name: 'Overwrite with my changes' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
