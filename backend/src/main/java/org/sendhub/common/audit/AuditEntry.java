package org.sendhub.common.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    public String action;

    public String actor;

    public OffsetDateTime at;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode after;

    @Column(name = "record_status")
    public String recordStatus;

    @Column(name = "record_archived")
    public Boolean recordArchived;

    /** A first entry of a record that existed before it was entered: history reads it as its state from the start. */
    public boolean baseline;
}
