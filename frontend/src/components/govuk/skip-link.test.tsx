import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkipLink } from '@/components/govuk/skip-link';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the skip link', () => {
  it('links to the main content', async () => {
    const { container } = renderComponent(
      <>
        <SkipLink />
        <main id="main-content">Content</main>
      </>,
    );

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    await expectNoAxeViolations(container);
  });
});
