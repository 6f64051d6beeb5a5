import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { expect } from 'vitest';
import { axeViolations } from '@/test/axe';

/** Renders one component, inside a router for those that link within the app. */
export function renderComponent(ui: ReactElement) {
  return render(<MemoryRouter>{ui}</MemoryRouter>);
}

/** The component as rendered meets WCAG 2.2 AA, as far as axe can tell without a browser. */
export async function expectNoAxeViolations(container: Element) {
  expect(await axeViolations(container)).toEqual([]);
}
