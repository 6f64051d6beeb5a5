import { SummaryList } from '@/components/govuk/summary-list';
import { useLocalOfferEntry, type LocalOfferEntry } from '@/features/service/api/get-local-offer-entry';
import type { Service } from '@/features/service/types';
import { formatAges } from '@/lib/service-labels';

const statusWords: Record<LocalOfferEntry['status'], string> = {
  active: 'Running',
  inactive: 'Not running yet',
  defunct: 'Closed for good',
  'temporarily closed': 'Closed for now',
};

function NotGiven() {
  return <span className="govuk-hint govuk-!-margin-0">Not given</span>;
}

/** The feed's terms of each taxonomy, in the order the feed gives them. */
function termsByTaxonomy(entry: LocalOfferEntry): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const attribute of entry.attributes ?? []) {
    const term = attribute.taxonomy_term;
    if (!term) continue;
    const taxonomy = term.taxonomy ?? 'Other terms';
    groups.set(taxonomy, [...(groups.get(taxonomy) ?? []), term.name]);
  }
  return groups;
}

function EntryList({ entry }: { entry: LocalOfferEntry }) {
  const terms = termsByTaxonomy(entry);
  return (
    <SummaryList
      rows={[
        { key: 'Name', value: entry.name },
        { key: 'Description', value: entry.description ? <span className="sendhub-pre-line">{entry.description}</span> : <NotGiven /> },
        { key: 'Provider', value: entry.organization?.name ?? <NotGiven /> },
        { key: 'Status', value: statusWords[entry.status] ?? entry.status },
        { key: 'Ages', value: formatAges(entry.minimum_age, entry.maximum_age) },
        { key: 'Web address', value: entry.url ?? <NotGiven /> },
        ...[...terms.entries()].map(([taxonomy, names]) => ({
          key: taxonomy,
          value: (
            <ul className="govuk-list">
              {names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ),
        })),
        { key: 'Area', value: entry.service_areas?.map((area) => area.name).join(', ') || <NotGiven /> },
      ]}
    />
  );
}

/** What the public Local Offer feed says of the service, in words, read from the feed itself. */
export function LocalOfferPreview({ areaCode, service }: { areaCode: string; service: Service }) {
  const listed = service.publishToLocalOffer && !service.archived;
  const entry = useLocalOfferEntry(areaCode, service.id, service.version, listed);

  return (
    <section aria-labelledby="local-offer-heading">
      <h2 className="govuk-heading-m" id="local-offer-heading">
        What the Local Offer shows
      </h2>
      {!service.publishToLocalOffer ? (
        <p className="govuk-body">
          This service is not in your Local Offer feed. To show it to Local Offer websites and directories, change the service and tick
          “Publish to the Local Offer”.
        </p>
      ) : service.archived ? (
        <p className="govuk-body">This service is archived, so it has left your Local Offer feed. Restore it to show it again.</p>
      ) : entry.isPending ? (
        <p className="govuk-body">Reading the Local Offer feed…</p>
      ) : entry.isError ? (
        <p className="govuk-body">The Local Offer feed could not be read just now. Try again in a minute.</p>
      ) : (
        <>
          <p className="govuk-body">Your public Local Offer feed says this of the service, and nothing more:</p>
          <EntryList entry={entry.data} />
          <p className="govuk-body">It never shows the service’s money, contract, commissioners or links to your plans.</p>
        </>
      )}
    </section>
  );
}
