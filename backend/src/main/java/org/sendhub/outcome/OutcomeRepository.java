package org.sendhub.outcome;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {
}
