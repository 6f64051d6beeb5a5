import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldsetGroup } from '@/components/govuk/fieldset-group';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the fieldset group', () => {
  it('is a form group whose fieldset is described by its hint and error', async () => {
    const { container } = renderComponent(
      <FieldsetGroup id="status" legend="Status" legendSize="s" hint="Where it stands" error="Select a status">
        <input id="status" type="radio" name="status" aria-label="Open" />
      </FieldsetGroup>,
    );

    const group = screen.getByRole('group', { name: 'Status' });
    expect(group).toHaveAccessibleDescription('Where it stands Error: Select a status');
    expect(container.firstChild).toHaveClass('govuk-form-group--error');
    await expectNoAxeViolations(container);
  });
});
