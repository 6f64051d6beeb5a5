-- What a service is commissioned for: a capacity (places, or caseload a year) and the EHC-plan
-- settings it serves, held against the forecast of EHC plans by setting (sufficiency).
ALTER TABLE service
    ADD COLUMN capacity       integer      CHECK (capacity >= 0),
    ADD COLUMN capacity_unit  varchar(24)  CHECK (capacity_unit IN ('PLACES', 'CASELOAD_PER_YEAR')),
    ADD CONSTRAINT service_capacity_has_unit CHECK ((capacity IS NULL) = (capacity_unit IS NULL));

CREATE TABLE service_setting (
    service_id  uuid         NOT NULL REFERENCES service (id),
    position    integer      NOT NULL CHECK (position >= 0),
    setting     varchar(24)  NOT NULL
                CHECK (setting IN ('MAINSTREAM_SCHOOL', 'SPECIAL_SCHOOL', 'ALTERNATIVE_PROVISION', 'FURTHER_EDUCATION',
                                   'EDUCATED_ELSEWHERE', 'EARLY_YEARS')),
    PRIMARY KEY (service_id, position),
    UNIQUE (service_id, setting)
);
CREATE INDEX service_setting_setting_idx ON service_setting (setting);
