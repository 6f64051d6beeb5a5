package org.sendhub.strategy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;


import org.sendhub.common.record.RecordView;

public final class StrategyDto {

    private StrategyDto() {
    }

    public record StrategyInput(
            @NotBlank @Size(max = 200) String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            StrategyStatus status,
            @Size(max = 4000) String vision,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> principles) {
    }

    public record StrategyView(UUID id, String areaCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, boolean archived, String title, LocalDate periodStart, LocalDate periodEnd,
            StrategyStatus status, String vision, List<String> principles)
            implements RecordView {

        public static StrategyView from(Strategy s) {
            return new StrategyView(s.id, s.areaCode, s.version, s.createdAt, s.updatedAt, s.archived, s.title,
                    s.periodStart, s.periodEnd, s.status, s.vision, List.copyOf(s.principles));
        }
    }
}
