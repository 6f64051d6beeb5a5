import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PhaseBanner } from '@/components/govuk/phase-banner';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the phase banner', () => {
  it('tags the phase and says what it means', async () => {
    const { container } = renderComponent(<PhaseBanner tag="Demo">This area holds demonstration data.</PhaseBanner>);

    expect(screen.getByText('Demo')).toHaveClass('govuk-tag');
    expect(screen.getByText('This area holds demonstration data.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
