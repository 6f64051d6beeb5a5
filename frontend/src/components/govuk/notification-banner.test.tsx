import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the notification banner', () => {
  it('says what was done, as an alert that takes the focus', async () => {
    const { container } = renderComponent(<NotificationBanner type="success" heading="Service saved" />);

    const banner = screen.getByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Service saved');
    expect(banner).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('is a region when it tells something important', async () => {
    const { container } = renderComponent(<NotificationBanner heading="This area holds demonstration data" />);

    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent('This area holds demonstration data');
    await expectNoAxeViolations(container);
  });
});
