package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A dismissed risk suggestion: table {@code AO_xxxxxx_RISK_DISMISSAL}, one row per dismissal, with the evidence it was
 * dismissed on (its fingerprint), who dismissed it, why and when.
 */
@Table("RISK_DISMISSAL")
public interface RiskDismissalEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getProgramKey();

    void setProgramKey(String key);

    /** The suggestion's rule, a {@code Suggestion.Kind} name. */
    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(255)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    @StringLength(450)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @NotNull
    @StringLength(255)
    String getDismissedBy();

    void setDismissedBy(String username);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    long getDismissedMillis();

    void setDismissedMillis(long epochMillis);
}
