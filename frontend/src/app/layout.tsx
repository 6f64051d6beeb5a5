import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useMatch } from 'react-router-dom';
import { Footer } from '@/components/govuk/footer';
import { Header } from '@/components/govuk/header';
import { PhaseBanner } from '@/components/govuk/phase-banner';
import { ServiceNavigation } from '@/components/govuk/service-navigation';
import { SkipLink } from '@/components/govuk/skip-link';
import { useArea } from '@/features/area/api/get-area';
import { signOutUrl } from '@/lib/auth';
import { serviceName } from '@/lib/use-document-title';

/**
 * After moving to another page, focus goes to the new page's main content (as after a full page
 * load a screen reader starts there), unless the page has already put it somewhere inside, such
 * as on a success banner.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main-content');
    const active = document.activeElement;
    if (main && !(active && active !== document.body && main.contains(active))) main.focus();
  }, [pathname]);
}

export function Layout() {
  const areaCode = useMatch('/areas/:areaCode/*')?.params.areaCode;
  const area = useArea(areaCode);
  const onHome = useMatch('/') !== null;
  useFocusMainOnNavigation();

  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header serviceName={serviceName} />
        <ServiceNavigation
          items={[
            { text: 'Your areas', href: '/', active: onHome },
            { text: 'Sign out', href: signOutUrl(), external: true },
          ]}
        />
      </header>
      <div className="govuk-width-container">
        {area.data?.demo && (
          <PhaseBanner tag="Demo">
            {area.data.name} holds demonstration data made from published strategies. Do not rely on it.
          </PhaseBanner>
        )}
        <Outlet />
      </div>
      <Footer>
        SEND Hub: joint commissioning for children and young people with special educational needs and disabilities.
      </Footer>
    </>
  );
}
