-- A commissioned service, with its contract and its place in the commissioning cycle.
CREATE TABLE service (
    id               uuid           PRIMARY KEY,
    area_code        varchar(9)     NOT NULL REFERENCES area (code),
    name             varchar(200)   NOT NULL CHECK (length(trim(name)) > 0),
    description      varchar(4000),
    provider         varchar(200),
    tier             varchar(16)    NOT NULL CHECK (tier IN ('UNIVERSAL', 'TARGETED', 'SPECIALIST')),
    sectors          jsonb          NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sectors) = 'array'),
    needs            jsonb          NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(needs) = 'array'),
    age_from         integer        CHECK (age_from BETWEEN 0 AND 25),
    age_to           integer        CHECK (age_to BETWEEN 0 AND 25),
    commissioners    jsonb          NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(commissioners) = 'array'),
    funding_model    varchar(16)    CHECK (funding_model IN ('POOLED', 'ALIGNED', 'SINGLE')),
    annual_value     numeric(14, 2) CHECK (annual_value >= 0),
    contract_start   date,
    contract_end     date,
    review_date      date,
    stage            varchar(16)    NOT NULL CHECK (stage IN ('UNDERSTAND', 'PLAN', 'DO', 'REVIEW')),
    status           varchar(16)    NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'DECOMMISSIONED')),
    local_offer_url  varchar(500),
    archived         boolean        NOT NULL DEFAULT false,
    version          integer        NOT NULL DEFAULT 0,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    CONSTRAINT service_ages_in_order CHECK (age_from IS NULL OR age_to IS NULL OR age_from <= age_to),
    CONSTRAINT service_contract_in_order CHECK (contract_end IS NULL OR contract_start IS NULL
                                                OR contract_end >= contract_start)
);
CREATE INDEX service_area_idx ON service (area_code, name);
CREATE INDEX service_contract_end_idx ON service (area_code, contract_end);

CREATE TABLE service_priority (
    service_id   uuid  NOT NULL REFERENCES service (id),
    priority_id  uuid  NOT NULL REFERENCES priority (id),
    PRIMARY KEY (service_id, priority_id)
);
CREATE INDEX service_priority_priority_idx ON service_priority (priority_id);

CREATE TABLE service_outcome (
    service_id  uuid  NOT NULL REFERENCES service (id),
    outcome_id  uuid  NOT NULL REFERENCES outcome (id),
    PRIMARY KEY (service_id, outcome_id)
);
CREATE INDEX service_outcome_outcome_idx ON service_outcome (outcome_id);
