package org.sendhub.indicator;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {
}
