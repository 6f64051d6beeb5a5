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

  it('is described by its hint', async () => {
    const { container } = renderComponent(
      <Checkbox id="published" label="Published statistic" hint="Readable by every user" small={false} checked={false} onChange={() => undefined} />,
    );

    const checkbox = screen.getByRole('checkbox', { name: 'Published statistic' });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription('Readable by every user');
    expect(container.querySelector('.govuk-checkboxes--small')).toBeNull();
    await expectNoAxeViolations(container);
  });
});
