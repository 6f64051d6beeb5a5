import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Details } from '@/components/govuk/details';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the details', () => {
  it('opens from its summary', async () => {
    const user = userEvent.setup();
    const { container } = renderComponent(
      <Details summary="For developers">
        <p>The API call</p>
      </Details>,
    );

    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(screen.getByText('For developers'));
    expect(details.open).toBe(true);
    await expectNoAxeViolations(container);
  });
});
