import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocalOfferFeed } from '@/features/area/components/local-offer-feed';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the Local Offer feed on the area page', () => {
  it('gives the feed’s address on this server and says in plain words what it is and shows', async () => {
    const { container } = renderComponent(<LocalOfferFeed areaCode="E08000003" />);

    expect(screen.getByRole('heading', { level: 2, name: 'Local Offer feed' })).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/openreferral/E08000003/`)).toBeInTheDocument();
    expect(screen.getByText(/national standard for directories of services/)).toBeInTheDocument();
    expect(screen.getByText(/Never its money, contract, commissioners/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
