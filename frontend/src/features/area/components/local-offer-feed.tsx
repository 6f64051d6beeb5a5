import { Details } from '@/components/govuk/details';
import { localOfferFeedUrl } from '@/features/area/utils/local-offer-feed-url';

/** Where the area's public Local Offer feed is, and what it is, for whoever runs the Local Offer website. */
export function LocalOfferFeed({ areaCode }: { areaCode: string }) {
  const url = localOfferFeedUrl(areaCode);
  return (
    <section aria-labelledby="local-offer-feed-heading">
      <h2 className="govuk-heading-m" id="local-offer-feed-heading">
        Local Offer feed
      </h2>
      <p className="govuk-body">
        Your Local Offer feed publishes the services you choose, so that your Local Offer website, the NHS and other directories can show
        them without anyone typing them in again. It follows Open Referral UK, the national standard for directories of services.
      </p>
      <p className="govuk-body">Give this address to whoever runs your Local Offer website or directory:</p>
      <p className="govuk-body">
        <code className="sendhub-feed-address">{url}</code>
      </p>
      <Details summary="What the feed shows">
        <p className="govuk-body">
          Only services ticked “Publish to the Local Offer” and not archived. Of each: its name, description, provider, status, the ages
          it serves, its primary needs, tier and sectors, and its Local Offer web address. Never its money, contract, commissioners or
          links to your plans. Anyone can read the feed without signing in.
        </p>
      </Details>
    </section>
  );
}
