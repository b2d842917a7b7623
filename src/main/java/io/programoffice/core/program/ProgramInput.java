package io.programoffice.core.program;

import io.programoffice.core.validation.FieldErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A program as a request gives it: raw, possibly missing or wrong values. {@link #validate} checks the shape of every
 * field (i18n keys under {@code program-office.error.program.}) and builds the {@link Program}; whether projects,
 * users, the scheme and the JQL exist is checked against Jira by the caller.
 */
public record ProgramInput(String key, String name, String description, List<String> owners,
                           List<String> stakeholders, Long schemeId, List<String> projects, String jql,
                           Boolean archived) {
    private static final String E = "program-office.error.program.";
    /** Most projects a program may name. */
    public static final int MAX_PROJECTS = 500;
    /** Most owners or stakeholders. */
    public static final int MAX_PEOPLE = 100;
    /** Longest JQL scope. */
    public static final int MAX_JQL = 10_000;

    /**
     * The program this input describes, or a {@link io.programoffice.core.validation.ValidationException}.
     *
     * @param fixedKey the key of the program being updated (the key can't change), or null when creating
     * @param version  the version to give the result
     */
    public Program validate(String fixedKey, int version, FieldErrors errors) {
        String cleanKey = fixedKey != null ? fixedKey : key == null ? "" : key.strip();
        if (fixedKey == null) {
            errors.check(cleanKey.isEmpty(), "key", E + "key.required");
            errors.check(!cleanKey.isEmpty() && !Program.KEY.matcher(cleanKey).matches(), "key", E + "key.format");
        } else {
            errors.check(key != null && !key.strip().equals(fixedKey), "key", E + "key.immutable");
        }
        String cleanName = name == null ? "" : name.strip();
        errors.check(cleanName.isEmpty(), "name", E + "name.required");
        errors.check(cleanName.length() > Program.MAX_NAME_LENGTH, "name", E + "name.length", Program.MAX_NAME_LENGTH);
        String cleanDescription = description == null ? "" : description.strip();
        errors.check(cleanDescription.length() > Program.MAX_DESCRIPTION, "description", E + "description.length",
                Program.MAX_DESCRIPTION);
        List<String> cleanOwners = people("owners", owners, errors);
        List<String> cleanStakeholders = people("stakeholders", stakeholders, errors);
        errors.check(schemeId == null || schemeId <= 0, "schemeId", E + "scheme.required");
        List<String> cleanProjects = projects(errors);
        String cleanJql = jql == null || jql.isBlank() ? null : jql.strip();
        errors.check(cleanJql != null && cleanJql.length() > MAX_JQL, "scope.jql", E + "jql.length", MAX_JQL);
        errors.check(cleanProjects.isEmpty() && cleanJql == null && !errors.has("scope.projects"), "scope",
                E + "scope.required");
        errors.throwIfAny();
        return new Program(cleanKey, cleanName, cleanDescription, cleanOwners, cleanStakeholders, schemeId,
                new ProgramScope(cleanProjects, cleanJql), Boolean.TRUE.equals(archived), version);
    }

    private List<String> projects(FieldErrors errors) {
        if (projects == null) {
            return List.of();
        }
        if (projects.size() > MAX_PROJECTS) {
            errors.add("scope.projects", E + "projects.size", MAX_PROJECTS);
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String project : projects) {
            String clean = project == null ? "" : project.strip().toUpperCase(Locale.ROOT);
            if (!Program.PROJECT_KEY.matcher(clean).matches()) {
                errors.add("scope.projects", E + "project.format", String.valueOf(project));
            } else {
                out.add(clean);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> people(String field, List<String> usernames, FieldErrors errors) {
        if (usernames == null) {
            return List.of();
        }
        if (usernames.size() > MAX_PEOPLE) {
            errors.add(field, E + "people.size", MAX_PEOPLE);
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String username : usernames) {
            if (username == null || username.isBlank() || username.length() > 255) {
                errors.add(field, E + "user.format");
            } else {
                out.add(username.strip());
            }
        }
        return new ArrayList<>(out);
    }
}
