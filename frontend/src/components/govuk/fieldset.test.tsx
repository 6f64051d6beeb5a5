import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Fieldset } from '@/components/govuk/fieldset';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the fieldset', () => {
  it('groups fields under a legend that may be a heading', async () => {
    const { container } = renderComponent(
      <Fieldset legend="Action 1" legendSize="s" headingLevel={3} hint="What will be done">
        <label htmlFor="description">Description</label>
        <input id="description" />
      </Fieldset>,
    );

    const group = screen.getByRole('group', { name: 'Action 1' });
    expect(within(group).getByRole('heading', { level: 3, name: 'Action 1' })).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription('What will be done');
    await expectNoAxeViolations(container);
  });
});
