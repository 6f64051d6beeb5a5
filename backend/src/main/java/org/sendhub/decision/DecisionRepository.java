package org.sendhub.decision;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<CommissioningDecision, UUID> {
}
