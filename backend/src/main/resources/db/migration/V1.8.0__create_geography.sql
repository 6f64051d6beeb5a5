-- England's reference geography, the same for every user: England, its regions and every
-- upper-tier local authority, each under the place it lies in. Indicator values belong to places;
-- partnership areas are local authorities among them. Loaded by V1_8_1__load_geography.
CREATE TABLE place (
    code          varchar(9)    PRIMARY KEY CHECK (code ~ '^[EWSN][0-9]{8}$'),
    name          varchar(200)  NOT NULL CHECK (length(trim(name)) > 0),
    level         varchar(16)   NOT NULL CHECK (level IN ('country', 'region', 'local_authority')),
    parent_code   varchar(9),
    parent_level  varchar(16),
    -- DfE's three-digit local authority number, which its older files use instead of the GSS code.
    old_la_code   varchar(3)    CHECK (old_la_code ~ '^[0-9]{3}$'),
    -- The periods the authority has figures for; an authority replaced by a reorganisation has ended.
    first_period  varchar(20),
    last_period   varchar(20),
    ended         boolean       NOT NULL DEFAULT false,
    CONSTRAINT place_code_level_key UNIQUE (code, level),
    -- A region lies in a country, a local authority in a region; England in nothing.
    CONSTRAINT place_parent FOREIGN KEY (parent_code, parent_level) REFERENCES place (code, level),
    CONSTRAINT place_parent_level CHECK (
        (level = 'country' AND parent_code IS NULL AND parent_level IS NULL)
        OR (level = 'region' AND parent_code IS NOT NULL AND parent_level = 'country')
        OR (level = 'local_authority' AND parent_code IS NOT NULL AND parent_level = 'region')),
    CONSTRAINT place_only_authorities_have_numbers CHECK (level = 'local_authority' OR old_la_code IS NULL)
);
CREATE INDEX place_parent_idx ON place (parent_code);

-- DfE's statistical neighbours: for a local authority, the ten most similar, in rank order.
CREATE TABLE statistical_neighbour (
    place_code      varchar(9)   NOT NULL REFERENCES place (code),
    rank            smallint     NOT NULL CHECK (rank BETWEEN 1 AND 10),
    neighbour_code  varchar(9)   NOT NULL REFERENCES place (code),
    closeness       varchar(16)  NOT NULL
                    CHECK (closeness IN ('extremely_close', 'very_close', 'close', 'somewhat_close', 'not_close')),
    PRIMARY KEY (place_code, rank),
    CONSTRAINT statistical_neighbour_once UNIQUE (place_code, neighbour_code),
    CONSTRAINT statistical_neighbour_not_itself CHECK (place_code <> neighbour_code)
);

CREATE TRIGGER place_never_deleted BEFORE DELETE ON place FOR EACH ROW EXECUTE FUNCTION refuse_delete();
