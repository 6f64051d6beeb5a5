import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Tag } from '@/components/govuk/tag';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the tag', () => {
  it('shows a status in its colour', async () => {
    const { container } = renderComponent(<Tag colour="green">Active</Tag>);

    expect(screen.getByText('Active')).toHaveClass('govuk-tag', 'govuk-tag--green');
    await expectNoAxeViolations(container);
  });
});
