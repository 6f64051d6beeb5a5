import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import '@/app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { SignInUnavailable } from '@/app/sign-in-unavailable';
import { SignedOutPage } from '@/app/signed-out';
import { initAuth } from '@/lib/auth';
import { signedOutPath } from '@/lib/paths';
import { loadRuntimeConfig } from '@/lib/runtime-config';

async function start() {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // After signing out there is no one to sign in: the page says so instead of sending them back to Keycloak.
  if (window.location.pathname === signedOutPath) {
    root.render(
      <BrowserRouter>
        <SignedOutPage />
      </BrowserRouter>,
    );
    return;
  }
  const config = await loadRuntimeConfig();
  try {
    await initAuth(config);
  } catch {
    root.render(
      <BrowserRouter>
        <SignInUnavailable keycloakUrl={config.keycloakUrl} />
      </BrowserRouter>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
