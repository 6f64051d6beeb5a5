package org.sendhub.priority;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PriorityRepository implements PanacheRepositoryBase<Priority, UUID> {

    /**
     * The number after the strategy's last. The strategy's row is locked until the transaction
     * ends, so that priorities created at the same moment in one strategy are numbered in turn.
     */
    public int nextNumber(UUID strategyId) {
        getEntityManager().createNativeQuery("SELECT id FROM strategy WHERE id = :strategy FOR UPDATE")
                .setParameter("strategy", strategyId).getResultList();
        Integer max = getEntityManager()
                .createQuery("select max(p.number) from Priority p where p.strategyId = :strategy", Integer.class)
                .setParameter("strategy", strategyId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
