-- A link stays within one area: held by the database too, not only by the code. Each record is
-- unique by (id, area_code); a strategy link is a foreign key on both; each link table carries
-- the area of the record that keeps the link (filled in by a trigger, so that writers need not
-- send it) and refers to both ends by (id, area_code).
ALTER TABLE strategy ADD CONSTRAINT strategy_id_area_key UNIQUE (id, area_code);
ALTER TABLE priority ADD CONSTRAINT priority_id_area_key UNIQUE (id, area_code);
ALTER TABLE outcome ADD CONSTRAINT outcome_id_area_key UNIQUE (id, area_code);
ALTER TABLE service ADD CONSTRAINT service_id_area_key UNIQUE (id, area_code);
ALTER TABLE coproduction ADD CONSTRAINT coproduction_id_area_key UNIQUE (id, area_code);

ALTER TABLE priority ADD CONSTRAINT priority_strategy_in_area
    FOREIGN KEY (strategy_id, area_code) REFERENCES strategy (id, area_code);
ALTER TABLE outcome ADD CONSTRAINT outcome_strategy_in_area
    FOREIGN KEY (strategy_id, area_code) REFERENCES strategy (id, area_code);

-- TG_ARGV: the table of the record that keeps the link, and the link table's column naming it.
CREATE FUNCTION link_takes_area_of_its_keeper() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT area_code FROM %I WHERE id = ($1).%I', TG_ARGV[0], TG_ARGV[1])
        INTO NEW.area_code USING NEW;
    RETURN NEW;
END
$$;

CREATE PROCEDURE keep_link_in_area(link regclass, keeper text, keeper_column text, keeper_table text,
                                   other_column text, other_table text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ADD COLUMN area_code varchar(9)', link);
    EXECUTE format('UPDATE %s l SET area_code = k.area_code FROM %I k WHERE k.id = l.%I',
                   link, keeper_table, keeper_column);
    EXECUTE format('ALTER TABLE %s ALTER COLUMN area_code SET NOT NULL', link);
    EXECUTE format('ALTER TABLE %1$s ADD CONSTRAINT %2$s_keeper_in_area FOREIGN KEY (%3$I, area_code)'
                   ' REFERENCES %4$I (id, area_code)', link, keeper, keeper_column, keeper_table);
    EXECUTE format('ALTER TABLE %1$s ADD CONSTRAINT %2$s_linked_in_area FOREIGN KEY (%3$I, area_code)'
                   ' REFERENCES %4$I (id, area_code)', link, keeper, other_column, other_table);
    EXECUTE format('CREATE TRIGGER %1$s_area BEFORE INSERT OR UPDATE ON %2$s FOR EACH ROW'
                   ' EXECUTE FUNCTION link_takes_area_of_its_keeper(%3$L, %4$L)',
                   keeper, link, keeper_table, keeper_column);
END
$$;

CALL keep_link_in_area('priority_outcome', 'priority_outcome', 'priority_id', 'priority', 'outcome_id', 'outcome');
CALL keep_link_in_area('service_priority', 'service_priority', 'service_id', 'service', 'priority_id', 'priority');
CALL keep_link_in_area('service_outcome', 'service_outcome', 'service_id', 'service', 'outcome_id', 'outcome');
CALL keep_link_in_area('coproduction_priority', 'coproduction_priority', 'coproduction_id', 'coproduction',
                       'priority_id', 'priority');
CALL keep_link_in_area('coproduction_service', 'coproduction_service', 'coproduction_id', 'coproduction',
                       'service_id', 'service');
DROP PROCEDURE keep_link_in_area;
