import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import '@/app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { SignInUnavailable } from '@/app/sign-in-unavailable';
import { initAuth } from '@/lib/auth';
import { loadRuntimeConfig } from '@/lib/runtime-config';

async function start() {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  const root = createRoot(document.getElementById('root') as HTMLElement);
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
