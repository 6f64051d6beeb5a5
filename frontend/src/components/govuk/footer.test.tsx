import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Footer } from '@/components/govuk/footer';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the footer', () => {
  it('is the page’s content information', async () => {
    const { container } = renderComponent(<Footer>SEND Hub</Footer>);

    expect(screen.getByRole('contentinfo')).toHaveTextContent('SEND Hub');
    await expectNoAxeViolations(container);
  });
});
