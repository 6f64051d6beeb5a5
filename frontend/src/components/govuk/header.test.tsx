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

  it('says who is signed in and their role', async () => {
    const { container } = renderComponent(<Header serviceName="SEND Hub" account={{ name: 'Edith Editor', role: 'Editor' }} />);

    expect(screen.getByText(/Signed in as/)).toHaveTextContent('Signed in as Edith Editor (Editor)');
    await expectNoAxeViolations(container);
  });
});
