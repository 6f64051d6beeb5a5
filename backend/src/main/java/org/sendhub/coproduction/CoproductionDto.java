package org.sendhub.coproduction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.sendhub.link.Linked;

import com.fasterxml.jackson.annotation.JsonInclude;


import org.sendhub.common.record.RecordView;

public final class CoproductionDto {

    private CoproductionDto() {
    }

    public record CoproductionInput(
            @NotBlank @Size(max = 200) String title,
            @NotNull CoproductionKind kind,
            LocalDate heldOn,
            @Valid Participants participants,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> partners,
            @Size(max = 4) List<@NotNull LundyPrinciple> principles,
            @Size(max = 4000) String youSaid,
            @Size(max = 4000) String weDid,
            LocalDate feedbackGivenOn,
            CoproductionStatus status,
            @Size(max = 100) List<@NotNull UUID> priorityIds,
            @Size(max = 100) List<@NotNull UUID> serviceIds) {
    }

    public record CoproductionView(UUID id, String areaCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean archived, String title, CoproductionKind kind, LocalDate heldOn,
            Participants participants, List<String> partners, List<LundyPrinciple> principles, String youSaid,
            String weDid, LocalDate feedbackGivenOn, CoproductionStatus status, List<UUID> priorityIds,
            List<UUID> serviceIds, @JsonInclude(JsonInclude.Include.NON_NULL) Linked linked)
            implements RecordView {

        public static CoproductionView from(Coproduction c, Linked linked) {
            return new CoproductionView(c.id, c.areaCode, c.version, c.createdAt, c.updatedAt, c.archived, c.title,
                    c.kind, c.heldOn, c.participants == null ? Participants.NONE : c.participants,
                    List.copyOf(c.partners), List.copyOf(c.principles), c.youSaid, c.weDid, c.feedbackGivenOn,
                    c.status, c.priorityIds.stream().sorted().toList(), c.serviceIds.stream().sorted().toList(),
                    linked);
        }
    }
}
