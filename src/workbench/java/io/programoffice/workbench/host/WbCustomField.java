package io.programoffice.workbench.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;
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

    /** The field's type as far as the workbench knows it: its complete key; it converts no values itself. */
    @Override
    public CustomFieldType<Object, Object> getCustomFieldType() {
        return new CustomFieldType<>() {
            @Override
            public String getKey() {
                return typeKey;
            }

            @Override
            public Object getSingularObjectFromString(String string) {
                throw new UnsupportedOperationException("the workbench converts values with WbFieldTypes");
            }

            @Override
            public String getStringFromSingularObject(Object singularObject) {
                throw new UnsupportedOperationException("the workbench converts values with WbFieldTypes");
            }

            @Override
            public Object getValueFromIssue(CustomField field, Issue issue) {
                return issue.getCustomFieldValue(field);
            }

            @Override
            public Map<String, Object> getVelocityParameters(Issue issue, CustomField field,
                                                             FieldLayoutItem fieldLayoutItem) {
                return new java.util.HashMap<>();
            }
        };
    }
}
