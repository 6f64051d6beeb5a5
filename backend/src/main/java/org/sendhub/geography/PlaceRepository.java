package org.sendhub.geography;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<Place, String> {

    public boolean isLocalAuthority(String code) {
        return code != null && count("code = ?1 and level = ?2", code, PlaceLevel.LOCAL_AUTHORITY) > 0;
    }
}
