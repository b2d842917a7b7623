package io.programoffice.core.dependency;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a dependency stands for counting: its {@link DependencyState}, or {@link #UNPROPOSED} for a mapped Jira link
 * that nobody proposed yet (no state stored). Declared in negotiation order; {@link #severity()} orders them by how
 * much a program manager should look (escalated first).
 */
public enum MatrixState {
    /** A mapped link without negotiation: nobody asked the upstream team yet. */
    UNPROPOSED(3),
    /** Asked, waiting for the upstream team's answer. */
    PROPOSED(2),
    /** Agreed by the upstream team. */
    COMMITTED(4),
    /** Refused by the upstream team. */
    DECLINED(1),
    /** With the program owners to decide. */
    ESCALATED(0),
    /** Delivered. */
    DONE(5);

    /** Most severe first: escalated, declined, proposed, unproposed, committed, done. */
    public static final List<MatrixState> BY_SEVERITY = Arrays.stream(values())
            .sorted(Comparator.comparingInt(MatrixState::severity)).toList();

    private final int severity;

    MatrixState(int severity) {
        this.severity = severity;
    }

    /** 0 for the state needing most attention (escalated) up to 5 (done). */
    public int severity() {
        return severity;
    }

    /** The wire name: {@code unproposed}, {@code proposed}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of a dependency whose stored negotiation state is {@code state} ({@code null}: none stored). */
    public static MatrixState of(DependencyState state) {
        return state == null ? UNPROPOSED : valueOf(state.name());
    }

    /** The state with this wire name (ignoring case), or empty. */
    public static Optional<MatrixState> parse(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(wireName)).findFirst();
    }
}
