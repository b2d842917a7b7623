package io.programoffice.core.admin;

/** The caller edited an older version than the stored one; nothing was written (REST answers 409). */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int currentVersion;

    public StaleVersionException(String what, int givenVersion, int currentVersion) {
        super(what + " was changed by someone else: you edited version " + givenVersion + ", the current version is "
                + currentVersion);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
