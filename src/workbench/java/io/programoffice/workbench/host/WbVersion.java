package io.programoffice.workbench.host;

import com.atlassian.jira.project.version.Version;
import java.util.Date;

/** A fixVersion of a workbench project (a row of {@code VERSION}); versions are never archived here. */
public record WbVersion(Long id, Long projectId, String name, Date releaseDate, boolean released) implements Version {
    public WbVersion {
        releaseDate = releaseDate == null ? null : new Date(releaseDate.getTime());
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Long getProjectId() {
        return projectId;
    }

    @Override
    public Date getReleaseDate() {
        return releaseDate == null ? null : new Date(releaseDate.getTime());
    }

    @Override
    public boolean isReleased() {
        return released;
    }

    @Override
    public boolean isArchived() {
        return false;
    }
}
