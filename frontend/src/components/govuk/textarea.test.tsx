import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Textarea } from '@/components/govuk/textarea';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the textarea', () => {
  it('is a labelled text area described by its hint and error', async () => {
    const { container } = renderComponent(
      <Textarea id="youSaid" label="You said" hint="What we heard" value="" onChange={() => undefined} error="Enter what you heard" />,
    );

    const area = screen.getByRole('textbox', { name: 'You said' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveAccessibleDescription('What we heard Error: Enter what you heard');
    await expectNoAxeViolations(container);
  });
});
