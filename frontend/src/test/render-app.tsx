import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, type InitialEntry } from 'react-router-dom';
import { AppProvider, createQueryClient } from '@/app/provider';
import { AppRoutes } from '@/app/router';

/** Renders the whole app (routes, layout, data fetching) at `path` (an address, or one with the state a page handed over), as a signed-in user would see it. */
export function renderApp(path: InitialEntry) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
  return { user, queryClient, ...view };
}
