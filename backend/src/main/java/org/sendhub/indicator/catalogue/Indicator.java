package org.sendhub.indicator.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.sendhub.common.record.ArchivableEntity;
import org.hibernate.type.SqlTypes;

/** An indicator of the catalogue, shared by all areas. */
@Entity
@Table(name = "indicator")
public class Indicator extends ArchivableEntity {

    @Id
    public String code;

    public String name;

    public String definition;

    @Enumerated(EnumType.STRING)
    public IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    public Polarity polarity;

    public String source;

    /** A published statistic (DfE's, OHID's): its values are read by every signed-in user, for every place. */
    public boolean published;

    /** The breakdown dimensions its values have besides the total, e.g. sex, primary_need. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> breakdowns = new ArrayList<>();
}
