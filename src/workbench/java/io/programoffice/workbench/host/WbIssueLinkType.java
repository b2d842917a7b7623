package io.programoffice.workbench.host;

import com.atlassian.jira.issue.link.IssueLinkType;
import java.util.Objects;

/**
 * An issue link type (a row of {@code LINK_TYPE}), e.g. Blocks: "is blocked by" / "blocks". An immutable value;
 * thread-safe.
 *
 * @param id the link type id
 * @param name the name
 * @param inward the description seen from the destination issue
 * @param outward the description seen from the source issue
 */
public record WbIssueLinkType(Long id, String name, String inward, String outward) implements IssueLinkType {
    public WbIssueLinkType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inward, "inward");
        Objects.requireNonNull(outward, "outward");
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getInward() {
        return inward;
    }

    @Override
    public String getOutward() {
        return outward;
    }
}
