package io.programoffice.jira;

import io.programoffice.core.milestone.MilestoneStore;
import io.programoffice.core.milestone.Milestones;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Wires the core's milestone rules to the ActiveObjects store and Jira's checks, once. Thread-safe. */
@Named
public class JiraMilestones {
    private final Milestones milestones;

    @Inject
    public JiraMilestones(MilestoneStore store, JiraMilestoneChecks checks) {
        this.milestones = new Milestones(store, checks);
    }

    /** The milestone rules. */
    public Milestones milestones() {
        return milestones;
    }
}
