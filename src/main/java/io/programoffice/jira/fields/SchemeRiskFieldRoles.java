package io.programoffice.jira.fields;

import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RiskFieldRoles} from the stored program schemes: each scheme's {@link ProgramScheme#risks()} names a risk
 * issue type and its fields. The schemes are read into memory and read again when the copy is older than
 * {@link #MAX_AGE}: the store has no change signal, and other cluster nodes write schemes too, so a scheme change
 * reaches the score fields within that time (a reindex after it finds the new fields). When two schemes give the same
 * issue type different fields, the scheme first by name wins and the other is logged.
 *
 * <p>Cost: a lookup is a volatile read, a clock read and a search among the risk issue types (a handful), no
 * allocation; a refresh reads up to {@link #MAX_SCHEMES} schemes once per {@link #MAX_AGE}, by one thread while the
 * others keep answering from the previous copy. When the store cannot be read, the previous copy (at first: none) is
 * kept until the next attempt. Thread-safe.
 */
@Named
public class SchemeRiskFieldRoles implements RiskFieldRoles {
    /** How old the in-memory copy of the schemes may grow before it is read again. */
    public static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** The most schemes read; far beyond what an instance keeps. */
    static final int MAX_SCHEMES = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SchemeRiskFieldRoles.class);

    private final SchemeStore schemes;
    private final Clock clock;
    private final long maxAgeMillis;
    private final Object refreshLock = new Object();
    private volatile Snapshot snapshot;

    @Inject
    public SchemeRiskFieldRoles(SchemeStore schemes) {
        this(schemes, Clock.systemUTC(), MAX_AGE);
    }

    SchemeRiskFieldRoles(SchemeStore schemes, Clock clock, Duration maxAge) {
        this.schemes = schemes;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
    }

    @Override
    public Optional<RiskFieldIds> forIssueType(String issueTypeName) {
        if (issueTypeName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().byType.get(issueTypeName.strip()));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = clock.millis();
        if (s != null && now - s.readAtMillis < maxAgeMillis) {
            return s;
        }
        synchronized (refreshLock) {
            s = snapshot;
            if (s != null && clock.millis() - s.readAtMillis < maxAgeMillis) {
                return s; // another thread read them meanwhile
            }
            Snapshot next;
            try {
                next = new Snapshot(clock.millis(), read());
            } catch (RuntimeException e) {
                LOG.warn("Program Office could not read the program schemes for the risk score fields; trying again"
                        + " in {} s", maxAgeMillis / 1000, e);
                next = new Snapshot(clock.millis(), s == null ? Map.of() : s.byType);
            }
            snapshot = next;
            return next;
        }
    }

    private Map<String, RiskFieldIds> read() {
        Map<String, RiskFieldIds> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ProgramScheme scheme : schemes.listFirst(MAX_SCHEMES)) {
            RiskSource risks = scheme.risks();
            if (risks == null || !risks.enabled()) {
                continue;
            }
            RiskFieldIds ids = new RiskFieldIds(risks.probabilityField(), risks.impactField(),
                    risks.residualProbabilityField(), risks.residualImpactField());
            RiskFieldIds first = byType.putIfAbsent(risks.issueType().strip(), ids);
            if (first != null && !first.equals(ids)) {
                LOG.warn("Program scheme '{}' gives risk issue type '{}' other fields than an earlier scheme; the risk"
                        + " score fields use the earlier scheme's {}", scheme.name(), risks.issueType(), first);
            }
        }
        return Collections.unmodifiableMap(byType);
    }

    /** The risk fields by issue type name (ignoring case), read at {@code readAtMillis}. */
    private record Snapshot(long readAtMillis, Map<String, RiskFieldIds> byType) {
    }
}
