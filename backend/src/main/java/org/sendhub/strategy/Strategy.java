package org.sendhub.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendhub.common.record.AreaRecord;

@Entity
@Table(name = "strategy")
public class Strategy extends AreaRecord {

    public String title;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public StrategyStatus status;

    public String vision;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> principles = new ArrayList<>();

    @Override
    public String auditedStatus() {
        return status.name();
    }
}
