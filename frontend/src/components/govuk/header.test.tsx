import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '@/components/govuk/header';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the header', () => {
  it('names the service and links home', async () => {
    const { container } = renderComponent(<Header serviceName="SEND Hub" />);

    expect(screen.getByRole('link', { name: /SEND Hub/ })).toHaveAttribute('href', '/');
    await expectNoAxeViolations(container);
  });
});
