import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInUnavailable } from '@/app/sign-in-unavailable';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('when the sign-in service does not answer', () => {
  it('says so in plain words, offers to try again, and names the address only for the administrator', async () => {
    const { container } = renderComponent(<SignInUnavailable keycloakUrl="http://localhost:8180" />);

    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, you cannot sign in at the moment' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', '/');
    expect(screen.getByText(/For your administrator: the sign-in service at http:\/\/localhost:8180/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
