package org.sendhub.priority;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PriorityRepository implements PanacheRepositoryBase<Priority, UUID> {

    public int nextNumber(UUID strategyId) {
        Integer max = getEntityManager()
                .createQuery("select max(p.number) from Priority p where p.strategyId = :strategy", Integer.class)
                .setParameter("strategy", strategyId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
