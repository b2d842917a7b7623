package io.programoffice.workbench.host;

import com.atlassian.jira.util.MessageSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An immutable set of error messages, in the order they were reported. */
public final class WbMessageSet implements MessageSet {
    private static final long serialVersionUID = 1L;
    private static final WbMessageSet EMPTY = new WbMessageSet(List.of());

    private final Set<String> errors;

    private WbMessageSet(List<String> errors) {
        this.errors = Collections.unmodifiableSet(new LinkedHashSet<>(errors));
    }

    /** @return a set without messages */
    public static WbMessageSet empty() {
        return EMPTY;
    }

    /** @return a set holding these error messages */
    public static WbMessageSet ofErrors(String... errors) {
        return new WbMessageSet(List.of(errors));
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    /** Always refuses: this set is immutable. */
    @Override
    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("an immutable message set");
    }

    @Override
    public String toString() {
        return "Errors: " + errors;
    }
}
