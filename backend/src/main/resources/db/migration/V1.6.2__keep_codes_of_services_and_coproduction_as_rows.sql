-- A service's primary needs and sectors, and a co-production record's Lundy principles, as
-- rows of codes instead of JSON arrays: a filter is a join on a code, checked by the database,
-- and the stored form no longer follows the API's spelling.
CREATE TABLE service_need (
    service_id  uuid        NOT NULL REFERENCES service (id),
    position    integer     NOT NULL CHECK (position >= 0),
    need        varchar(8)  NOT NULL
                CHECK (need IN ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD',
                                'OTH', 'NSA')),
    PRIMARY KEY (service_id, position),
    UNIQUE (service_id, need)
);
CREATE INDEX service_need_need_idx ON service_need (need);

CREATE TABLE service_sector (
    service_id  uuid         NOT NULL REFERENCES service (id),
    position    integer      NOT NULL CHECK (position >= 0),
    sector      varchar(16)  NOT NULL CHECK (sector IN ('EDUCATION', 'HEALTH', 'SOCIAL_CARE')),
    PRIMARY KEY (service_id, position),
    UNIQUE (service_id, sector)
);

CREATE TABLE coproduction_principle (
    coproduction_id  uuid         NOT NULL REFERENCES coproduction (id),
    position         integer      NOT NULL CHECK (position >= 0),
    principle        varchar(16)  NOT NULL CHECK (principle IN ('SPACE', 'VOICE', 'AUDIENCE', 'INFLUENCE')),
    PRIMARY KEY (coproduction_id, position),
    UNIQUE (coproduction_id, principle)
);

INSERT INTO service_need (service_id, position, need)
SELECT s.id, e.n - 1, upper(e.code) FROM service s, jsonb_array_elements_text(s.needs) WITH ORDINALITY AS e (code, n);
INSERT INTO service_sector (service_id, position, sector)
SELECT s.id, e.n - 1, upper(e.code) FROM service s, jsonb_array_elements_text(s.sectors) WITH ORDINALITY AS e (code, n);
INSERT INTO coproduction_principle (coproduction_id, position, principle)
SELECT c.id, e.n - 1, upper(e.code)
FROM coproduction c, jsonb_array_elements_text(c.principles) WITH ORDINALITY AS e (code, n);

ALTER TABLE service DROP COLUMN needs, DROP COLUMN sectors;
ALTER TABLE coproduction DROP COLUMN principles;
