import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackLink } from '@/components/govuk/back-link';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the back link', () => {
  it('links back to the page given', async () => {
    const { container } = renderComponent(<BackLink to="/areas" />);

    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/areas');
    await expectNoAxeViolations(container);
  });
});
