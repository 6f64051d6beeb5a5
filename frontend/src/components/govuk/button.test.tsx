import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button, ButtonGroup, LinkButton } from '@/components/govuk/button';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the button', () => {
  it('is a button, or a link that looks like one, in a group', async () => {
    const { container } = renderComponent(
      <ButtonGroup>
        <Button>Save</Button>
        <Button variant="warning">Archive</Button>
        <LinkButton to="/areas/E08000003/services/new" variant="secondary">
          Add a service
        </LinkButton>
      </ButtonGroup>,
    );

    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Archive' })).toHaveClass('govuk-button--warning');
    expect(screen.getByRole('button', { name: 'Add a service' })).toHaveAttribute('href', '/areas/E08000003/services/new');
    await expectNoAxeViolations(container);
  });
});
