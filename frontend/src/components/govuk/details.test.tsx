import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Details } from '@/components/govuk/details';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the details', () => {
  it('opens from its summary, by keyboard too', async () => {
    const user = userEvent.setup();
    const { container } = renderComponent(
      <Details summary="For developers">
        <p>The API call</p>
      </Details>,
    );

    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    screen.getByText('For developers').closest('summary')?.focus();
    await user.keyboard('{Enter}');
    expect(details.open).toBe(true);
    await expectNoAxeViolations(container);
  });
});
