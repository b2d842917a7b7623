package io.programoffice.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.program.Program;
import io.programoffice.core.release.ProgramRelease;
import io.programoffice.core.release.ProgramReleases;
import io.programoffice.core.release.ProjectVersion;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's releases for the logged-in user: the unarchived fixVersions of the projects they may browse,
 * grouped by name. Cost: one permission check and one version lookup per project. Thread-safe.
 */
@Named
public class JiraProgramReleases {
    private final JiraProgramSummaries summaries;
    private final ProjectManager projects;
    private final VersionManager versions;
    private final ZoneId zone;

    @Inject
    public JiraProgramReleases(JiraProgramSummaries summaries, @ComponentImport ProjectManager projects,
                               @ComponentImport VersionManager versions) {
        this(summaries, projects, versions, ZoneId.systemDefault());
    }

    /** @param zone the server time zone Jira stores release dates in (its JVM default) */
    JiraProgramReleases(JiraProgramSummaries summaries, ProjectManager projects, VersionManager versions, ZoneId zone) {
        this.summaries = summaries;
        this.projects = projects;
        this.versions = versions;
        this.zone = zone;
    }

    /** Releases across the projects the logged-in user may browse, earliest first. */
    public List<ProgramRelease> releases(Program program) {
        List<ProjectVersion> found = new ArrayList<>();
        for (String projectKey : summaries.visibleProjectKeys(program)) {
            Project project = projects.getProjectByCurrentKey(projectKey);
            if (project == null) {
                continue;
            }
            for (Version version : versions.getVersions(project.getId())) {
                if (!version.isArchived()) {
                    found.add(new ProjectVersion(projectKey, version.getName(), date(version.getReleaseDate()),
                            version.isReleased()));
                }
            }
        }
        return ProgramReleases.group(found);
    }

    /**
     * Release dates of the unarchived fix versions of these projects, by project key and version name (versions
     * without a date are absent). Asks Jira for each project's versions once; no permission check: pass projects
     * the caller may browse.
     */
    public Map<String, Map<String, LocalDate>> releaseDates(Collection<String> projectKeys) {
        Map<String, Map<String, LocalDate>> out = new HashMap<>();
        for (String projectKey : projectKeys) {
            Project project = projects.getProjectByCurrentKey(projectKey);
            if (project == null) {
                continue;
            }
            Map<String, LocalDate> dates = new HashMap<>();
            for (Version version : versions.getVersions(project.getId())) {
                LocalDate day = date(version.getReleaseDate());
                if (!version.isArchived() && day != null) {
                    dates.put(version.getName(), day);
                }
            }
            out.put(projectKey, dates);
        }
        return out;
    }

    private LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
    }
}
