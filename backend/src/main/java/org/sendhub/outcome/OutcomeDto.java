package org.sendhub.outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sendhub.link.Linked;

import com.fasterxml.jackson.annotation.JsonInclude;


import org.sendhub.common.record.RecordView;

public final class OutcomeDto {

    private OutcomeDto() {
    }

    public record OutcomeInput(
            @NotNull UUID strategyId,
            @NotBlank @Size(max = 200) String statement,
            @Size(max = 4000) String description,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$",
                    message = "must be an indicator code such as ehcp_rate") String> indicatorCodes) {
    }

    public record OutcomeView(UUID id, String areaCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean archived, UUID strategyId, String statement, String description,
            List<String> indicatorCodes, @JsonInclude(JsonInclude.Include.NON_NULL) Linked linked)
            implements RecordView {

        public static OutcomeView from(Outcome o, Linked linked) {
            return new OutcomeView(o.id, o.areaCode, o.version, o.createdAt, o.updatedAt, o.archived, o.strategyId,
                    o.statement, o.description, List.copyOf(o.indicatorCodes), linked);
        }
    }
}
