package org.sendhub.area;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "area")
public class Area {

    @Id
    public String code;

    public String name;

    @Column(name = "icb_code")
    public String icbCode;

    @Column(name = "icb_name")
    public String icbName;

    public boolean demo;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
