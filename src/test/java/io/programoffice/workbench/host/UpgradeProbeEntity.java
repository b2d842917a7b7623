package io.programoffice.workbench.host;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A test-only ActiveObjects entity that upgrade tasks write to: table {@code AO_xxxxxx_UPGRADE_PROBE}. */
@Table("UPGRADE_PROBE")
public interface UpgradeProbeEntity extends Entity {
    @StringLength(255)
    String getNote();

    void setNote(String note);
}
