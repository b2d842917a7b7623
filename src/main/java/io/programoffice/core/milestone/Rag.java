package io.programoffice.core.milestone;

/** A milestone's status at a glance: on track, at risk, or late. */
public enum Rag {
    GREEN, AMBER, RED;

    /** The worse of the two. */
    Rag worst(Rag other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
