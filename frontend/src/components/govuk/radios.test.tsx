import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Radios } from '@/components/govuk/radios';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the radios', () => {
  it('is a group named by its legend, one item chosen', async () => {
    const { container } = renderComponent(
      <Radios
        id="tier"
        legend="Tier"
        inline
        error="Select a tier"
        items={[
          { value: 'universal', label: 'Universal' },
          { value: 'targeted', label: 'Targeted' },
        ]}
        value="targeted"
        onChange={() => undefined}
      />,
    );

    const group = screen.getByRole('group', { name: 'Tier' });
    expect(group).toHaveAccessibleDescription('Error: Select a tier');
    expect(within(group).getByRole('radio', { name: 'Targeted' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Universal' })).not.toBeChecked();
    await expectNoAxeViolations(container);
  });
});
