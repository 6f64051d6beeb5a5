import type { ReactNode } from 'react';
import { ArchivedTag } from '@/components/archived-tag';
import { SummaryList } from '@/components/govuk/summary-list';
import { LinkedRecords } from '@/components/linked-records';
import { RecordHeader, type RecordDetailsProps } from '@/components/record-header';
import { useArchiveService } from '@/features/service/api/archive-service';
import { useRestoreService } from '@/features/service/api/restore-service';
import { ServiceStatusTag } from '@/features/service/components/service-status-tag';
import type { VersionedService } from '@/features/service/types';
import { commissioningStages, ehcpSettings, formatAges, formatCapacity, fundingModels, sectors, serviceTiers } from '@/lib/service-labels';
import { needLabel } from '@/lib/primary-needs';
import { formatDate, formatMoney } from '@/lib/format';
import { labelOf } from '@/lib/labels';
import { coproductionPath, editPath, linkPath, outcomePath, priorityPath, servicePath } from '@/lib/paths';
import { useAreaRecordActions } from '@/lib/use-archive-restore';

function NotGiven() {
  return <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

function orNotGiven(value: ReactNode) {
  return value === null || value === undefined || value === '' ? <NotGiven /> : value;
}

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <NotGiven />;
  return (
    <ul className="govuk-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function ServiceDetails({ areaCode, versioned, canEdit, initialMessage }: RecordDetailsProps<VersionedService>) {
  const { record: service } = versioned;
  const actions = useAreaRecordActions({
    noun: 'service',
    type: 'services',
    areaCode,
    versioned,
    archive: useArchiveService(areaCode),
    restore: useRestoreService(areaCode),
    initialMessage,
  });

  return (
    <>
      <RecordHeader
        caption="Commissioned service"
        title={service.name}
        tags={
          <p className="govuk-body sendhub-tags">
            <ServiceStatusTag status={service.status} />
            {service.archived && <ArchivedTag />}
          </p>
        }
        noun="service"
        archived={service.archived}
        editHref={editPath(servicePath(areaCode, service.id))}
        canEdit={canEdit}
        actions={actions}
      />
      <SummaryList
        rows={[
          { key: 'Provider', value: orNotGiven(service.provider) },
          { key: 'Description', value: service.description ? <span className="sendhub-pre-line">{service.description}</span> : <NotGiven /> },
          { key: 'Tier', value: labelOf(serviceTiers, service.tier) },
          { key: 'Sectors', value: <List items={service.sectors.map((sector) => labelOf(sectors, sector))} /> },
          { key: 'Primary needs', value: <List items={service.needs.map(needLabel)} /> },
          { key: 'Settings', value: <List items={service.settings.map((setting) => labelOf(ehcpSettings, setting))} /> },
          { key: 'Capacity', value: orNotGiven(formatCapacity(service.capacity, service.capacityUnit)) },
          { key: 'Ages', value: formatAges(service.ageFrom, service.ageTo) },
          { key: 'Commissioners', value: <List items={service.commissioners} /> },
          { key: 'Funding model', value: orNotGiven(labelOf(fundingModels, service.fundingModel)) },
          { key: 'Annual value', value: orNotGiven(formatMoney(service.annualValue)) },
          { key: 'Contract start', value: orNotGiven(formatDate(service.contractStart)) },
          { key: 'Contract end', value: orNotGiven(formatDate(service.contractEnd)) },
          { key: 'Review date', value: orNotGiven(formatDate(service.reviewDate)) },
          { key: 'Commissioning stage', value: labelOf(commissioningStages, service.stage) },
          { key: 'Status', value: <ServiceStatusTag status={service.status} /> },
          {
            key: 'Local Offer',
            value: service.localOfferUrl ? (
              <a className="govuk-link" href={service.localOfferUrl} rel="noreferrer noopener" target="_blank">
                {service.localOfferUrl} (opens in new tab)
              </a>
            ) : (
              <NotGiven />
            ),
          },
        ]}
      />
      <LinkedRecords
        heading="Priorities it delivers"
        records={service.linked?.priorities}
        hrefFor={(id) => priorityPath(areaCode, id)}
        none="It is not linked to any priority yet."
      />
      <LinkedRecords
        heading="Outcomes it works towards"
        records={service.linked?.outcomes}
        hrefFor={(id) => outcomePath(areaCode, id)}
        none="It is not linked to any outcome yet."
      />
      <LinkedRecords
        heading="Co-production that shaped it"
        records={service.linked?.coproduction}
        hrefFor={(id) => coproductionPath(areaCode, id)}
        none="No co-production record is linked to it yet."
        change={canEdit && !service.archived ? { text: 'Link co-production', href: linkPath(servicePath(areaCode, service.id), 'coproduction') } : undefined}
      />
    </>
  );
}
