import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the checkboxes', () => {
  it('is a group named by its legend, described by its hint and error', async () => {
    const { container } = renderComponent(
      <Checkboxes
        id="sectors"
        legend="Sectors"
        hint="Select all that apply"
        error="Select at least one sector"
        items={[
          { value: 'education', label: 'Education' },
          { value: 'health', label: 'Health', hint: 'The NHS' },
        ]}
        values={['health']}
        onChange={() => undefined}
      />,
    );

    const group = screen.getByRole('group', { name: 'Sectors' });
    expect(group).toHaveAccessibleDescription('Select all that apply Error: Select at least one sector');
    expect(within(group).getByRole('checkbox', { name: 'Health' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Health' })).toHaveAccessibleDescription('The NHS');
    await expectNoAxeViolations(container);
  });

  it('says there is nothing to choose from when there are no items', async () => {
    const { container } = renderComponent(<Checkboxes id="priorityIds" legend="Priorities" items={[]} values={[]} onChange={() => undefined} none="This area has no priorities yet." />);

    expect(screen.getByText('This area has no priorities yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
