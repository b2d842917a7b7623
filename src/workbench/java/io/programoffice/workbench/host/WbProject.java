package io.programoffice.workbench.host;

import com.atlassian.jira.project.Project;
import java.util.Objects;

/** A workbench project. Equal when all fields are equal. */
public final class WbProject implements Project {
    private final Long id;
    private final String key;
    private final String name;
    private final String leadUserName;

    /**
     * @param id the project id
     * @param key the project key, e.g. {@code APP}
     * @param name the project name
     * @param leadUserName the username of the project lead, or {@code null}
     */
    public WbProject(Long id, String key, String name, String leadUserName) {
        this.id = Objects.requireNonNull(id, "id");
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.leadUserName = leadUserName;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    /** @return the username of the project lead, or {@code null} */
    public String getLeadUserName() {
        return leadUserName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WbProject other && id.equals(other.id) && key.equals(other.key)
                && name.equals(other.name) && Objects.equals(leadUserName, other.leadUserName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, key, name, leadUserName);
    }

    @Override
    public String toString() {
        return "Project: " + key;
    }
}
