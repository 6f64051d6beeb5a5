import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ServiceNavigation } from '@/components/govuk/service-navigation';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the service navigation', () => {
  it('is a navigation landmark, the current page marked', async () => {
    const { container } = renderComponent(
      <ServiceNavigation
        regionLabel="Area"
        label="Manchester records"
        serviceName={{ text: 'Manchester', href: '/areas/E08000003' }}
        items={[
          { text: 'Dashboard', href: '/areas/E08000003/dashboard', active: 'page' },
          { text: 'Services', href: '/areas/E08000003/services' },
          { text: 'Sign out', href: 'https://keycloak.example/logout', external: true },
        ]}
      />,
    );

    const navigation = screen.getByRole('navigation', { name: 'Manchester records' });
    expect(within(navigation).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Sign out' })).toHaveAttribute('href', 'https://keycloak.example/logout');
    await expectNoAxeViolations(container);
  });

  it('does what an item asks instead of following its link', async () => {
    const signOut = vi.fn();
    renderComponent(<ServiceNavigation items={[{ text: 'Sign out', href: 'https://keycloak.example/logout', external: true, onClick: signOut }]} />);

    await userEvent.click(screen.getByRole('link', { name: 'Sign out' }));

    expect(signOut).toHaveBeenCalledOnce();
  });
});
