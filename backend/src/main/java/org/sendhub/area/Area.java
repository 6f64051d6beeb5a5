package org.sendhub.area;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sendhub.common.record.VersionedEntity;

@Entity
@Table(name = "area")
public class Area extends VersionedEntity {

    @Id
    public String code;

    public String name;

    @Column(name = "icb_code")
    public String icbCode;

    @Column(name = "icb_name")
    public String icbName;

    public boolean demo;
}
