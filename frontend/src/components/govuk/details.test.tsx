import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Details } from '@/components/govuk/details';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the details', () => {
  it('opens to its text from its summary', async () => {
    const { container } = renderComponent(
      <Details summary="For developers">
        <p>The API call</p>
      </Details>,
    );

    expect(screen.getByText('The API call')).not.toBeVisible();
    await userEvent.click(screen.getByText('For developers'));
    expect(screen.getByText('The API call')).toBeVisible();
    expect(container.querySelector('details')).toHaveAttribute('open');
    await expectNoAxeViolations(container);
  });
});
