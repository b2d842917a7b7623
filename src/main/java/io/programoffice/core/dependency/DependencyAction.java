package io.programoffice.core.dependency;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A move in a dependency's negotiation; {@link Negotiation} says who may make which move from which state. */
public enum DependencyAction {
    /** Ask the upstream side for the work (again, after a decline). */
    PROPOSE(DependencyState.PROPOSED),
    /** Agree to deliver. */
    COMMIT(DependencyState.COMMITTED),
    /** Refuse. */
    DECLINE(DependencyState.DECLINED),
    /** Hand to the program owners. */
    ESCALATE(DependencyState.ESCALATED),
    /** Mark delivered. */
    DONE(DependencyState.DONE);

    private final DependencyState target;

    DependencyAction(DependencyState target) {
        this.target = target;
    }

    /** The state this move leads to. */
    public DependencyState target() {
        return target;
    }

    /** The wire name: {@code propose}, {@code commit}, {@code decline}, {@code escalate}, {@code done}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DependencyAction> parse(String wireName) {
        return Arrays.stream(values()).filter(a -> a.wireName().equalsIgnoreCase(wireName)).findFirst();
    }
}
