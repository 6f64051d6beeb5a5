import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SummaryList } from '@/components/govuk/summary-list';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the summary list', () => {
  it('lists each key with its value', async () => {
    const { container } = renderComponent(<SummaryList rows={[{ key: 'Provider', value: 'Action for Children' }]} />);

    expect(screen.getByRole('term')).toHaveTextContent('Provider');
    expect(screen.getByRole('definition')).toHaveTextContent('Action for Children');
    await expectNoAxeViolations(container);
  });
});
