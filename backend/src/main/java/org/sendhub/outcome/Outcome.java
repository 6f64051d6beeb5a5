package org.sendhub.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendhub.common.record.AreaRecord;

/** An outcome of a strategy's outcomes framework, e.g. "I am heard". */
@Entity
@Table(name = "outcome")
public class Outcome extends AreaRecord {

    @Column(name = "strategy_id")
    public UUID strategyId;

    public String statement;

    public String description;

    @Column(name = "indicator_codes")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> indicatorCodes = new ArrayList<>();
}
