package io.programoffice.core.dependency;

/**
 * Who the acting user is for one dependency. A user may be on both sides (and an owner too); each role adds moves.
 *
 * @param downstream   may edit the downstream (dependent) issue: that team's side
 * @param upstream     may edit the upstream issue: the side asked to deliver
 * @param programOwner owns a program that contains either issue and whose scheme maps the link's type
 */
public record Party(boolean downstream, boolean upstream, boolean programOwner) {
    /** Nobody: may make no move. */
    public static final Party NONE = new Party(false, false, false);

    /** Whether this party has any role at all. */
    public boolean any() {
        return downstream || upstream || programOwner;
    }
}
