package io.programoffice.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.Actor;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.IndexedField;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.milestone.MilestoneChecks;
import io.programoffice.core.program.Program;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the milestone rules ask of Jira: JQL through Jira's {@link SearchService#parseQuery} as the actor (Jira's own
 * message when it refuses it); whether issues exist and the actor may browse them, read from the node's program
 * index through the actor's {@link JiraVisibility} (Browse Projects and issue security level: an issue outside the
 * index, unknown or hidden is answered alike); users through Jira's {@link UserManager}; a program's start as the
 * earliest creation among its indexed issues (unknown until the index is {@code READY}). An issue lookup or a
 * program start costs one pass over the index. Thread-safe.
 */
@Named
public class JiraMilestoneChecks implements MilestoneChecks {
    private final SearchService search;
    private final UserManager users;
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final ZoneId zone = ZoneId.systemDefault();

    @Inject
    public JiraMilestoneChecks(@ComponentImport SearchService search, @ComponentImport UserManager users,
                               ProgramIndexAccess index, JiraVisibility visibility) {
        this.search = search;
        this.users = users;
        this.index = index;
        this.visibility = visibility;
    }

    @Override
    public Optional<String> jqlProblem(Actor actor, String jql) {
        SearchService.ParseResult parsed = search.parseQuery(users.getUserByName(actor.username()), jql);
        if (parsed.isValid()) {
            return Optional.empty();
        }
        String message = String.join(" ", parsed.getErrors().getErrorMessages());
        return Optional.of(message.isBlank() ? jql : message);
    }

    @Override
    public List<String> notBrowsable(Actor actor, List<String> keys) {
        ProgramIndex current = index.index();
        Map<Integer, Set<Integer>> wanted = new HashMap<>();
        for (String key : keys) {
            String upper = key.strip().toUpperCase(Locale.ROOT);
            int dash = upper.lastIndexOf('-');
            if (dash <= 0) {
                continue;
            }
            int project = current.codeOf(IndexedField.PROJECT, upper.substring(0, dash));
            try {
                int number = Integer.parseInt(upper.substring(dash + 1));
                if (project >= 0) {
                    wanted.computeIfAbsent(project, p -> new HashSet<>()).add(number);
                }
            } catch (NumberFormatException e) {
                // not a key: not browsable
            }
        }
        Set<String> seen = new HashSet<>();
        if (!wanted.isEmpty()) {
            ApplicationUser user = users.getUserByName(actor.username());
            VisibilityFilter viewer = visibility.forUser(user);
            current.forEach(viewer, issue -> {
                Set<Integer> numbers = wanted.get(issue.projectCode());
                if (numbers != null && numbers.contains(issue.issueNumber())) {
                    seen.add(issue.key());
                }
            });
        }
        return keys.stream().filter(k -> !seen.contains(k.strip().toUpperCase(Locale.ROOT))).toList();
    }

    @Override
    public boolean userExists(String username) {
        return username != null && users.getUserByName(username) != null;
    }

    @Override
    public Optional<LocalDate> programStart(Program program) {
        if (index.status().state() != IndexStatus.State.READY) {
            return Optional.empty();
        }
        ProgramIndex current = index.index();
        ProgramMembership members = index.membership(program);
        long[] earliest = {Long.MAX_VALUE};
        current.forEach(VisibilityFilter.everything(), issue -> {
            if (issue.createdMillis() < earliest[0] && members.contains(issue)) {
                earliest[0] = issue.createdMillis();
            }
        });
        return earliest[0] == Long.MAX_VALUE ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(earliest[0]).atZone(zone).toLocalDate());
    }
}
