package io.programoffice.workbench.host;

import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field errors (the first per field) and general error messages, as Jira's simple error collection keeps them. */
public final class WbErrorCollection implements ErrorCollection {
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();

    @Override
    public void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return List.copyOf(messages);
    }

    @Override
    public Map<String, String> getErrors() {
        return Map.copyOf(errors);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !messages.isEmpty();
    }

    @Override
    public String toString() {
        return "errors " + errors + ", messages " + messages;
    }
}
