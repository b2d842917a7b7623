package io.programoffice.workbench.host;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Objects;

/**
 * A custom field (a row of {@code CUSTOM_FIELD}), e.g. {@code customfield_10002} "Story Points". An immutable value;
 * thread-safe.
 *
 * @param id the field id, {@code customfield_<number>}
 * @param name the field name
 * @param typeKey the complete key of the field's type, e.g.
 *                {@code com.atlassian.jira.plugin.system.customfieldtypes:float}
 */
public record WbCustomField(String id, String name, String typeKey) implements CustomField {
    public WbCustomField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeKey, "typeKey");
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }
}
