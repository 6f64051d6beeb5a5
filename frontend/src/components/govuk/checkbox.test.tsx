import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checkbox } from '@/components/govuk/checkbox';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the checkbox', () => {
  it('is a labelled checkbox', async () => {
    const { container } = renderComponent(<Checkbox id="filter-archived" label="Show archived" checked onChange={() => undefined} />);

    expect(screen.getByRole('checkbox', { name: 'Show archived' })).toBeChecked();
    await expectNoAxeViolations(container);
  });
});
