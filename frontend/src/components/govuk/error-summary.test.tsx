import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the error summary', () => {
  it('is an alert linking to each field to fix, and takes the focus', async () => {
    const { container } = renderComponent(
      <>
        <ErrorSummary items={[{ text: 'Enter a title', href: '#title' }]} />
        <label htmlFor="title">Title</label>
        <input id="title" />
      </>,
    );

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Enter a title' })).toHaveAttribute('href', '#title');
    expect(alert.parentElement).toHaveFocus();
    await expectNoAxeViolations(container);
  });
});
