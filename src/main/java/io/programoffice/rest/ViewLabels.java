package io.programoffice.rest;

import io.programoffice.jira.JiraUserNames;
import io.programoffice.core.view.ProgramView;
import io.programoffice.core.view.ViewField;
import io.programoffice.core.view.ViewGroup;
import io.programoffice.rest.dto.ProgramViewDto;
import io.programoffice.rest.dto.RollupDto;
import io.programoffice.rest.dto.ViewGroupDto;
import io.programoffice.rest.errors.ProblemMessages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Shows a program view in the caller's language: field names, status categories, "no team" and the parent the
 * caller can't see. Thread-safe.
 */
@Named
public class ViewLabels {
    private final ProblemMessages messages;
    private final JiraUserNames userNames;

    @Inject
    public ViewLabels(ProblemMessages messages, JiraUserNames userNames) {
        this.messages = messages;
        this.userNames = userNames;
    }

    /** The field's name, e.g. "Fix version". */
    public String field(ViewField field) {
        return messages.text("program-office.view.field." + field.key());
    }

    /** What to show for a group. */
    public String label(ViewGroup group) {
        return switch (group.kind()) {
            case NONE -> messages.text("program-office.view.none." + group.field().key());
            case HIDDEN -> messages.text("program-office.view.hidden");
            case VALUE -> switch (group.field()) {
                case STATUS_CATEGORY -> messages.text("program-office.view.category." + group.value());
                case ASSIGNEE -> userNames.displayName(group.value());
                default -> group.label();
            };
        };
    }

    /** The view as {@code GET /programs/{key}/view} answers it. */
    public ProgramViewDto dto(String programKey, ProgramView view, String indexState) {
        return new ProgramViewDto(programKey, view.query().groupBy().stream().map(ViewField::key).toList(),
                view.query().toQueryString(), RollupDto.of(view.total()), groups(view.groups()), indexState);
    }

    private List<ViewGroupDto> groups(List<ViewGroup> groups) {
        return groups.stream().map(g -> new ViewGroupDto(g.field().key(), g.value(), label(g),
                g.kind() == ViewGroup.Kind.HIDDEN, RollupDto.of(g.rollup()), groups(g.groups()))).toList();
    }
}
