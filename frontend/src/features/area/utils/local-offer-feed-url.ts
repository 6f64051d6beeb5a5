/** The area's public Local Offer feed (Open Referral UK), served by the same server as the web app. */
export function localOfferFeedUrl(areaCode: string): string {
  return `${window.location.origin}/openreferral/${areaCode}/`;
}
