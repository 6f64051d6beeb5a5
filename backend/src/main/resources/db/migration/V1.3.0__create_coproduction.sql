-- A co-production record: what children, young people and families told us ("you said"),
-- and what changed because of it ("we did").
CREATE TABLE coproduction (
    id                     uuid          PRIMARY KEY,
    area_code              varchar(9)    NOT NULL REFERENCES area (code),
    title                  varchar(200)  NOT NULL CHECK (length(trim(title)) > 0),
    kind                   varchar(16)   NOT NULL CHECK (kind IN ('SURVEY', 'WORKSHOP', 'DROP_IN', 'FORUM',
                                             'FOCUS_GROUP', 'CONSULTATION', 'BOARD', 'OTHER')),
    held_on                date,
    children_young_people  integer       CHECK (children_young_people >= 0),
    parents_carers         integer       CHECK (parents_carers >= 0),
    professionals          integer       CHECK (professionals >= 0),
    partners               jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(partners) = 'array'),
    principles             jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(principles) = 'array'),
    you_said               varchar(4000),
    we_did                 varchar(4000),
    feedback_given_on      date,
    status                 varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'RESPONDED', 'CLOSED')),
    archived               boolean       NOT NULL DEFAULT false,
    version                integer       NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CONSTRAINT coproduction_feedback_after_event CHECK (feedback_given_on IS NULL OR held_on IS NULL
                                                        OR feedback_given_on >= held_on),
    CONSTRAINT coproduction_closed_says_what_we_did CHECK (status <> 'CLOSED'
                                                           OR length(trim(coalesce(we_did, ''))) > 0)
);
CREATE INDEX coproduction_area_idx ON coproduction (area_code, held_on DESC);

CREATE TABLE coproduction_priority (
    coproduction_id  uuid  NOT NULL REFERENCES coproduction (id),
    priority_id      uuid  NOT NULL REFERENCES priority (id),
    PRIMARY KEY (coproduction_id, priority_id)
);
CREATE INDEX coproduction_priority_priority_idx ON coproduction_priority (priority_id);

CREATE TABLE coproduction_service (
    coproduction_id  uuid  NOT NULL REFERENCES coproduction (id),
    service_id       uuid  NOT NULL REFERENCES service (id),
    PRIMARY KEY (coproduction_id, service_id)
);
CREATE INDEX coproduction_service_service_idx ON coproduction_service (service_id);
