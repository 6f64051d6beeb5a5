package org.sendhub.geography;

import java.util.List;

public final class GeographyDto {

    private GeographyDto() {
    }

    public record PlaceRef(String code, String name) {
    }

    /** A place in a list: what tells it apart, and its region. */
    public record PlaceSummary(String code, String name, PlaceLevel level, PlaceRef region, String oldLaCode,
            String firstPeriod, String lastPeriod, boolean ended) {

        static PlaceSummary from(Place place, PlaceRef region) {
            return new PlaceSummary(place.code, place.name, place.level, region, place.oldLaCode, place.firstPeriod,
                    place.lastPeriod, place.ended);
        }
    }

    public record Neighbour(String code, String name, int rank, Closeness closeness) {
    }

    /** One place with its region and, for a current local authority, its ten statistical neighbours. */
    public record PlaceView(String code, String name, PlaceLevel level, PlaceRef region, String oldLaCode,
            String firstPeriod, String lastPeriod, boolean ended, List<Neighbour> neighbours) {
    }
}
