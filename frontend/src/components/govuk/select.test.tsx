import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Select } from '@/components/govuk/select';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the select', () => {
  it('is a labelled choice described by its hint and error', async () => {
    const { container } = renderComponent(
      <Select
        id="strategyId"
        label="Strategy"
        hint="The strategy it belongs to"
        error="Select a strategy"
        value=""
        onChange={() => undefined}
        options={[
          { value: '', text: 'Select a strategy' },
          { value: 's1', text: 'SEND strategy 2024 to 2027' },
        ]}
      />,
    );

    const select = screen.getByRole('combobox', { name: 'Strategy' });
    expect(select).toHaveAccessibleDescription('The strategy it belongs to Error: Select a strategy');
    await expectNoAxeViolations(container);
  });
});
