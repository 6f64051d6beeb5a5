import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SummaryCard } from '@/components/govuk/summary-card';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the summary card', () => {
  it('is a titled card of keys and values', async () => {
    const { container } = renderComponent(<SummaryCard title="Parent carer forum" headingLevel={3} rows={[{ key: 'Held on', value: '3 March 2026' }]} />);

    expect(screen.getByRole('heading', { level: 3, name: 'Parent carer forum' })).toBeInTheDocument();
    expect(screen.getByText('Held on')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
