package org.ketaminetraining.study.service;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/**
 * The FSRS-6 weights each programme is scheduled with now: its active fitted set, or the defaults. Read once per use
 * case from the database rather than cached in memory, so that every server of a cluster schedules with the set an
 * administrator applied the moment it is applied (the table holds a handful of rows; the read is one indexed query).
 */
public final class ActiveParameters {

    /** Every programme on the defaults: before any fit, and for tests. */
    public static final ActiveParameters DEFAULTS = new ActiveParameters(Map.of());

    private final Map<String, FsrsParameters> byProgramme;

    private ActiveParameters(Map<String, FsrsParameters> byProgramme) {
        this.byProgramme = Map.copyOf(byProgramme);
    }

    /** The active sets as stored now. */
    public static ActiveParameters read(EntityManager em) {
        Map<String, FsrsParameters> active = new HashMap<>();
        for (SchedulingParameterSet set : em
                .createQuery("SELECT p FROM SchedulingParameterSet p WHERE p.state = :state",
                        SchedulingParameterSet.class)
                .setParameter("state", SchedulingParameterSet.State.ACTIVE.name())
                .getResultList()) {
            active.put(set.getProgrammeKey(), set.parameters());
        }
        return new ActiveParameters(active);
    }

    /** The weights of one programme. */
    public FsrsParameters of(String programmeId) {
        Objects.requireNonNull(programmeId, "programmeId");
        return byProgramme.getOrDefault(programmeId, FsrsParameters.DEFAULT);
    }
}
