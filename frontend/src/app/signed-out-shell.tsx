import type { ReactNode } from 'react';
import { Footer } from '@/components/govuk/footer';
import { Header } from '@/components/govuk/header';
import { serviceName } from '@/lib/use-document-title';

/** A page shown to someone not signed in (signed out, or sign-in unavailable): the header and footer without the app's navigation. */
export function SignedOutShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="govuk-template__header">
        <Header serviceName={serviceName} />
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer>
        SEND Hub: joint commissioning for children and young people with special educational needs and disabilities.
      </Footer>
    </>
  );
}
