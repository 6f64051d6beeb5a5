-- Whether a service is shown in the area's public Local Offer feed (Open Referral UK). Off until
-- someone chooses to publish it: nothing of a service is public by default.
ALTER TABLE service ADD COLUMN publish_to_local_offer boolean NOT NULL DEFAULT false;

-- The feed reads only an area's published, non-archived services.
CREATE INDEX service_local_offer_idx ON service (area_code, name) WHERE publish_to_local_offer AND NOT archived;
