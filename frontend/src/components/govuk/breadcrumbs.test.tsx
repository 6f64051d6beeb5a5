import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Breadcrumbs } from '@/components/govuk/breadcrumbs';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the breadcrumbs', () => {
  it('is a navigation landmark of links to the pages above', async () => {
    const { container } = renderComponent(<Breadcrumbs items={[{ text: 'Your areas', to: '/' }, { text: 'Manchester', to: '/areas/E08000003' }]} />);

    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByRole('link', { name: 'Manchester' })).toHaveAttribute('href', '/areas/E08000003');
    await expectNoAxeViolations(container);
  });
});
