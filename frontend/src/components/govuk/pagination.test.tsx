import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/govuk/pagination';
import { axeViolations } from '@/test/axe';

// jsdom's accessible names drop the space before the visually hidden " page" that browsers read.
const previous = /^Previous\s*page$/;
const next = /^Next\s*page$/;

function renderPagination(page: number, pageCount: number) {
  return render(
    <MemoryRouter>
      <Pagination page={page} pageCount={pageCount} hrefFor={(to) => `/outcomes?q=heard&page=${to}`} />
    </MemoryRouter>,
  );
}

/** The page list as a user reads it: page numbers, and ⋯ for the pages left out. */
function pageItems(): string[] {
  return within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.textContent ?? '');
}

describe('pagination', () => {
  it('is a navigation landmark linking to each page, the current one marked for screen readers', async () => {
    const { container } = renderPagination(2, 3);

    const navigation = screen.getByRole('navigation', { name: 'Pagination' });
    expect(navigation).toHaveClass('govuk-pagination');
    expect(within(navigation).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Page 2' }).closest('li')).toHaveClass('govuk-pagination__item--current');
    expect(within(navigation).getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current');
    expect(within(navigation).getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/outcomes?q=heard&page=3');
    expect(within(navigation).getByRole('link', { name: previous })).toHaveAttribute('href', '/outcomes?q=heard&page=1');
    expect(within(navigation).getByRole('link', { name: previous })).toHaveAttribute('rel', 'prev');
    expect(within(navigation).getByRole('link', { name: next })).toHaveAttribute('href', '/outcomes?q=heard&page=3');
    expect(within(navigation).getByRole('link', { name: next })).toHaveAttribute('rel', 'next');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers no Previous on the first page', () => {
    renderPagination(1, 3);

    expect(screen.queryByRole('link', { name: previous })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: next })).toHaveAttribute('href', '/outcomes?q=heard&page=2');
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers no Next on the last page', () => {
    renderPagination(3, 3);

    expect(screen.queryByRole('link', { name: next })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: previous })).toHaveAttribute('href', '/outcomes?q=heard&page=2');
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows nothing when everything fits on one page', () => {
    const { container } = renderPagination(1, 1);

    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    [1, 40, ['1', '2', '⋯', '40']],
    [2, 40, ['1', '2', '3', '⋯', '40']],
    [4, 40, ['1', '2', '3', '4', '5', '⋯', '40']],
    [5, 40, ['1', '⋯', '4', '5', '6', '⋯', '40']],
    [10, 40, ['1', '⋯', '9', '10', '11', '⋯', '40']],
    [37, 40, ['1', '⋯', '36', '37', '38', '39', '40']],
    [40, 40, ['1', '⋯', '39', '40']],
    [3, 5, ['1', '2', '3', '4', '5']],
  ])('on page %i of %i shows the first, the last and the neighbours, with ellipses for the rest: %j', (page, pageCount, expected) => {
    renderPagination(page, pageCount);

    expect(pageItems()).toEqual(expected);
    for (const ellipsis of screen.getAllByRole('listitem').filter((item) => item.textContent === '⋯')) {
      expect(ellipsis).toHaveClass('govuk-pagination__item--ellipsis');
      expect(within(ellipsis).queryByRole('link')).not.toBeInTheDocument();
    }
  });
});
