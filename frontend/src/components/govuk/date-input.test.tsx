import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateInput } from '@/components/govuk/date-input';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the date input', () => {
  it('is a group of day, month and year boxes, the wrong ones marked', async () => {
    const { container } = renderComponent(
      <DateInput
        id="reviewDate"
        legend="Review date"
        hint="When the service is next reviewed"
        value={{ day: '31', month: '2', year: '2026' }}
        onChange={() => undefined}
        error={{ message: 'Review date must be a real date', parts: ['day'] }}
      />,
    );

    const group = screen.getByRole('group', { name: 'Review date' });
    expect(group).toHaveAccessibleDescription('When the service is next reviewed. For example, 27 3 2026 Error: Review date must be a real date');
    expect(within(group).getByRole('textbox', { name: 'Day' })).toHaveClass('govuk-input--error');
    expect(within(group).getByRole('textbox', { name: 'Month' })).not.toHaveClass('govuk-input--error');
    await expectNoAxeViolations(container);
  });
});
