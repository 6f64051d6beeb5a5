package org.sendhub.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A place of England's geography (country, region, local authority), loaded by migration. */
@Entity
@Immutable
@Table(name = "place")
public class Place {

    @Id
    public String code;

    public String name;

    @Convert(converter = LevelColumn.class)
    public PlaceLevel level;

    /** The region of a local authority, England for a region. */
    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "old_la_code")
    public String oldLaCode;

    @Column(name = "first_period")
    public String firstPeriod;

    @Column(name = "last_period")
    public String lastPeriod;

    public boolean ended;

    @Converter
    public static class LevelColumn implements AttributeConverter<PlaceLevel, String> {

        @Override
        public String convertToDatabaseColumn(PlaceLevel level) {
            return level == null ? null : level.stored();
        }

        @Override
        public PlaceLevel convertToEntityAttribute(String stored) {
            return stored == null ? null : PlaceLevel.valueOf(stored.toUpperCase());
        }
    }
}
