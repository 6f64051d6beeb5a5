import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WarningText } from '@/components/govuk/warning-text';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the warning text', () => {
  it('says “Warning” to screen readers before the text', async () => {
    const { container } = renderComponent(<WarningText>This priority has no measure</WarningText>);

    expect(screen.getByText(/This priority has no measure/)).toHaveTextContent('Warning');
    await expectNoAxeViolations(container);
  });
});
