package org.sendhub.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sendhub.link.Linked;

import com.fasterxml.jackson.annotation.JsonInclude;


import org.sendhub.common.record.RecordView;

public final class ServiceDto {

    private ServiceDto() {
    }

    public record ServiceInput(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 200) String provider,
            @NotNull ServiceTier tier,
            @Size(max = 3) List<@NotNull Sector> sectors,
            @Size(max = 13) List<@NotNull PrimaryNeed> needs,
            @Size(max = 6) List<@NotNull EhcpSetting> settings,
            @Min(value = 0, message = "must not be negative") @Max(value = 1000000, message = "must be at most 1000000")
            Integer capacity,
            CapacityUnit capacityUnit,
            @Min(0) @Max(25) Integer ageFrom,
            @Min(0) @Max(25) Integer ageTo,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> commissioners,
            FundingModel fundingModel,
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 12, fraction = 2, message = "must be pounds and pence, under a trillion")
            BigDecimal annualValue,
            LocalDate contractStart,
            LocalDate contractEnd,
            LocalDate reviewDate,
            CommissioningStage stage,
            ServiceStatus status,
            @Size(max = 100) List<@NotNull UUID> priorityIds,
            @Size(max = 100) List<@NotNull UUID> outcomeIds,
            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be a web address (http or https)")
            String localOfferUrl,
            Boolean publishToLocalOffer) {
    }

    public record ServiceView(UUID id, String areaCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean archived, String name, String description, String provider,
            ServiceTier tier, List<Sector> sectors, List<PrimaryNeed> needs, List<EhcpSetting> settings,
            Integer capacity, CapacityUnit capacityUnit, Integer ageFrom, Integer ageTo,
            List<String> commissioners, FundingModel fundingModel, BigDecimal annualValue, LocalDate contractStart,
            LocalDate contractEnd, LocalDate reviewDate, CommissioningStage stage, ServiceStatus status,
            List<UUID> priorityIds, List<UUID> outcomeIds, String localOfferUrl, boolean publishToLocalOffer,
            @JsonInclude(JsonInclude.Include.NON_NULL) Linked linked)
            implements RecordView {

        public static ServiceView from(CommissionedService s, Linked linked) {
            return new ServiceView(s.id, s.areaCode, s.version, s.createdAt, s.updatedAt, s.archived, s.name,
                    s.description, s.provider, s.tier, List.copyOf(s.sectors), List.copyOf(s.needs), List.copyOf(s.settings),
                    s.capacity, s.capacityUnit, s.ageFrom,
                    s.ageTo, List.copyOf(s.commissioners), s.fundingModel, s.annualValue, s.contractStart,
                    s.contractEnd, s.reviewDate, s.stage, s.status, s.priorityIds.stream().sorted().toList(),
                    s.outcomeIds.stream().sorted().toList(), s.localOfferUrl, s.publishToLocalOffer, linked);
        }
    }
}
