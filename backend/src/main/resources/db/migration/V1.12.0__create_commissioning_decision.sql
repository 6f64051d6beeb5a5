-- The commissioning decisions log of an area: what was decided about a service, when, by whom
-- and why, and the evidence it was taken on (indicators of the catalogue, co-production records
-- of the area, and the forecast figures it relied on, kept as they were).
CREATE TABLE commissioning_decision (
    id                 uuid           PRIMARY KEY,
    area_code          varchar(9)     NOT NULL REFERENCES area (code),
    service_id         uuid           NOT NULL,
    decided_on         date           NOT NULL,
    decision           varchar(20)    NOT NULL CHECK (decision IN ('COMMISSION', 'RECOMMISSION', 'EXTEND', 'REDESIGN',
                                          'JOINTLY_COMMISSION', 'DECOMMISSION')),
    decided_by         varchar(200)   NOT NULL CHECK (length(trim(decided_by)) > 0),
    rationale          varchar(4000),
    forecast_evidence  jsonb          CHECK (forecast_evidence IS NULL
                                             OR (jsonb_typeof(forecast_evidence) = 'object'
                                                 AND jsonb_typeof(forecast_evidence -> 'points') = 'array'
                                                 AND jsonb_array_length(forecast_evidence -> 'points') BETWEEN 1 AND 10)),
    archived           boolean        NOT NULL DEFAULT false,
    version            integer        NOT NULL DEFAULT 0,
    created_at         timestamptz    NOT NULL,
    updated_at         timestamptz    NOT NULL,
    CONSTRAINT commissioning_decision_id_area_key UNIQUE (id, area_code),
    -- A decision is about a service of its own area.
    CONSTRAINT commissioning_decision_service_in_area FOREIGN KEY (service_id, area_code)
        REFERENCES service (id, area_code)
);
CREATE INDEX commissioning_decision_area_idx ON commissioning_decision (area_code, decided_on DESC);
CREATE INDEX commissioning_decision_service_idx ON commissioning_decision (service_id);

-- The forecast a decision relied on is a snapshot: once recorded, no writer may change or drop it.
CREATE FUNCTION forecast_evidence_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.forecast_evidence IS NOT NULL AND NEW.forecast_evidence IS DISTINCT FROM OLD.forecast_evidence THEN
        RAISE EXCEPTION 'the forecast evidence of decision % cannot be changed once recorded', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER commissioning_decision_forecast_kept BEFORE UPDATE ON commissioning_decision
    FOR EACH ROW EXECUTE FUNCTION forecast_evidence_is_kept();

CREATE TABLE commissioning_decision_indicator (
    decision_id     uuid         NOT NULL REFERENCES commissioning_decision (id),
    indicator_code  varchar(64)  NOT NULL REFERENCES indicator (code),
    PRIMARY KEY (decision_id, indicator_code)
);
CREATE INDEX commissioning_decision_indicator_code_idx ON commissioning_decision_indicator (indicator_code);

-- As every link between records (V1.6.3): both ends in the area the trigger copies from the decision.
CREATE TABLE commissioning_decision_coproduction (
    decision_id      uuid        NOT NULL,
    coproduction_id  uuid        NOT NULL,
    area_code        varchar(9)  NOT NULL,
    PRIMARY KEY (decision_id, coproduction_id),
    CONSTRAINT commissioning_decision_coproduction_keeper_in_area FOREIGN KEY (decision_id, area_code)
        REFERENCES commissioning_decision (id, area_code),
    CONSTRAINT commissioning_decision_coproduction_linked_in_area FOREIGN KEY (coproduction_id, area_code)
        REFERENCES coproduction (id, area_code)
);
CREATE INDEX commissioning_decision_coproduction_coproduction_idx
    ON commissioning_decision_coproduction (coproduction_id);
CREATE TRIGGER commissioning_decision_coproduction_area BEFORE INSERT OR UPDATE
    ON commissioning_decision_coproduction FOR EACH ROW
    EXECUTE FUNCTION link_takes_area_of_its_keeper('commissioning_decision', 'decision_id');
