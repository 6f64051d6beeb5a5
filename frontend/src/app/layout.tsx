import { Outlet, useLocation, useMatch } from 'react-router-dom';
import { useFocusHeadingOnNavigation } from '@/app/use-focus-heading-on-navigation';
import { Footer } from '@/components/govuk/footer';
import { Header } from '@/components/govuk/header';
import { PhaseBanner } from '@/components/govuk/phase-banner';
import { ServiceNavigation } from '@/components/govuk/service-navigation';
import { SkipLink } from '@/components/govuk/skip-link';
import { useArea } from '@/features/area/api/get-area';
import { useMe } from '@/features/me/api/get-me';
import { accountName, roleWords } from '@/features/me/utils/account-words';
import { signOut, signOutUrl } from '@/lib/auth';
import {
  areaPath,
  boardReportPath,
  coproductionListPath,
  dashboardPath,
  decisionsPath,
  gapAnalysisPath,
  outcomesPath,
  servicesPath,
  sufficiencyPath,
  traceabilityPath,
  youSaidWeDidPath,
} from '@/lib/paths';
import { serviceName } from '@/lib/use-document-title';

/** The area's sections, each with the first part of the addresses of its pages; Priorities also holds the strategies. */
function areaSections(areaCode: string) {
  return [
    { text: 'Dashboard', href: dashboardPath(areaCode), parts: [] },
    { text: 'Priorities', href: areaPath(areaCode), parts: ['priorities', 'strategies'] },
    { text: 'Outcomes', href: outcomesPath(areaCode), parts: ['outcomes'] },
    { text: 'Services', href: servicesPath(areaCode), parts: ['services'] },
    { text: 'Co-production', href: coproductionListPath(areaCode), parts: ['coproduction'] },
    { text: 'You said, we did', href: youSaidWeDidPath(areaCode), parts: ['you-said-we-did'] },
    { text: 'Decisions', href: decisionsPath(areaCode), parts: ['decisions'] },
    { text: 'Traceability', href: traceabilityPath(areaCode), parts: [] },
    { text: 'Gap analysis', href: gapAnalysisPath(areaCode), parts: [] },
    { text: 'Sufficiency', href: sufficiencyPath(areaCode), parts: [] },
    { text: 'Board report', href: boardReportPath(areaCode), parts: [] },
  ];
}

/** The area's sections, the one the page belongs to marked as current. */
function AreaNavigation({ areaCode, areaName }: { areaCode: string; areaName: string }) {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/$/, '');
  const items = areaSections(areaCode).map((section) => {
    const inside = section.parts.some((part) => path.startsWith(`${areaPath(areaCode)}/${part}/`));
    return { text: section.text, href: section.href, active: path === section.href ? ('page' as const) : inside ? ('section' as const) : undefined };
  });
  return (
    <ServiceNavigation
      regionLabel="Area"
      label={`${areaName} records`}
      serviceName={{ text: areaName, href: areaPath(areaCode) }}
      items={items}
    />
  );
}

export function Layout() {
  const areaCode = useMatch('/areas/:areaCode/*')?.params.areaCode;
  const area = useArea(areaCode);
  const onHome = useMatch('/') !== null;
  const onIndicators = useMatch('/indicators') !== null;
  const inIndicators = useMatch('/indicators/*') !== null;
  const me = useMe();
  useFocusHeadingOnNavigation();

  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header serviceName={serviceName} account={me.data && { name: accountName(me.data), role: roleWords(me.data.roles) }} />
        <ServiceNavigation
          items={[
            { text: 'Your areas', href: '/', active: onHome },
            { text: 'Indicators', href: '/indicators', active: onIndicators ? 'page' : inIndicators ? 'section' : undefined },
            { text: 'Sign out', href: signOutUrl(), external: true, onClick: signOut },
          ]}
        />
        {areaCode && area.data && <AreaNavigation areaCode={areaCode} areaName={area.data.name} />}
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
