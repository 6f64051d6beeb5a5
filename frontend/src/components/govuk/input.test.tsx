import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Input } from '@/components/govuk/input';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the input', () => {
  it('is a labelled text box described by its hint and error, with a prefix', async () => {
    const { container } = renderComponent(
      <Input id="annualValue" label="Annual value" hint="In pounds a year" prefix="£" value="-5" onChange={() => undefined} error="Annual value must not be negative" />,
    );

    const box = screen.getByRole('textbox', { name: 'Annual value' });
    expect(box).toHaveAccessibleDescription('In pounds a year Error: Annual value must not be negative');
    expect(box).toHaveClass('govuk-input--error');
    await expectNoAxeViolations(container);
  });
});
