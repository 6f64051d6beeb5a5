import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignedOutPage } from '@/app/signed-out';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('after signing out', () => {
  it('says the user has signed out and offers to sign in again', async () => {
    const { container } = renderComponent(<SignedOutPage />);

    expect(screen.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('You have signed out – SEND Hub');
    await expectNoAxeViolations(container);
  });
});
