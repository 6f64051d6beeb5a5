package org.sendhub.indicator.eesmapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendhub.common.record.ArchivableEntity;
import org.sendhub.indicator.importing.EesMapping;

/** An EES mapping kept under a name, for next year's release of the same file. */
@Entity
@Table(name = "ees_mapping")
public class SavedMapping extends ArchivableEntity {

    @Id
    public String code;

    public String name;

    public String description;

    /** The EES file it is for, e.g. caseload.csv: a hint for people, not checked. */
    @Column(name = "file_name")
    public String fileName;

    @JdbcTypeCode(SqlTypes.JSON)
    public EesMapping mapping;
}
