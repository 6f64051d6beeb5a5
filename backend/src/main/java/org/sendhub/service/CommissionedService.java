package org.sendhub.service;

import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendhub.common.record.AreaRecord;

/** A commissioned service, with its contract and its place in the commissioning cycle. */
@Entity
@Table(name = "service")
public class CommissionedService extends AreaRecord {

    public String name;

    public String description;

    public String provider;

    @Enumerated(EnumType.STRING)
    public ServiceTier tier;

    /** Kept as rows of their own, so that a filter is a join on codes, not a search of JSON text. */
    @ElementCollection
    @CollectionTable(name = "service_sector", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "sector")
    public List<Sector> sectors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_need", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    public List<PrimaryNeed> needs = new ArrayList<>();

    /** The EHC-plan settings its capacity serves. */
    @ElementCollection
    @CollectionTable(name = "service_setting", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "setting")
    public List<EhcpSetting> settings = new ArrayList<>();

    /** Places, or caseload a year ({@link #capacityUnit}), that it is commissioned for. */
    public Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity_unit")
    public CapacityUnit capacityUnit;

    @Column(name = "age_from")
    public Integer ageFrom;

    @Column(name = "age_to")
    public Integer ageTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> commissioners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_model")
    public FundingModel fundingModel;

    @Column(name = "annual_value")
    public BigDecimal annualValue;

    @Column(name = "contract_start")
    public LocalDate contractStart;

    @Column(name = "contract_end")
    public LocalDate contractEnd;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    public CommissioningStage stage;

    @Enumerated(EnumType.STRING)
    public ServiceStatus status;

    @Column(name = "local_offer_url")
    public String localOfferUrl;

    /** Shown in the area's public Local Offer feed (Open Referral UK) while not archived. */
    @Column(name = "publish_to_local_offer")
    public boolean publishToLocalOffer;

    /** The priorities this service delivers. */
    @ElementCollection
    @CollectionTable(name = "service_priority", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "priority_id")
    public Set<UUID> priorityIds = new LinkedHashSet<>();

    /** The outcomes it works towards. */
    @ElementCollection
    @CollectionTable(name = "service_outcome", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "outcome_id")
    public Set<UUID> outcomeIds = new LinkedHashSet<>();

    @Override
    public String auditedStatus() {
        return status.name();
    }
}
