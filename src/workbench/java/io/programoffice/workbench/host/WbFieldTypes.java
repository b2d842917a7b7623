package io.programoffice.workbench.host;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.inject.Injector;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the text a user gives for a custom field into the value the workbench stores, as Jira's fields do: fields of
 * the plugin's own types through the plugin's {@link CustomFieldType} (its validation and messages, built by the
 * injector as Jira builds a module), Jira's number, text and date types by their rules. Thread-safe.
 */
public final class WbFieldTypes {
    private static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final WbCustomFieldManager fields;
    private final PluginDescriptor descriptor;
    private final java.util.function.Supplier<Injector> injector;
    private final ClassLoader loader;
    private final Map<String, CustomFieldType<?, ?>> types = new ConcurrentHashMap<>();

    /** @param injector the plugin's injector, asked when a plugin type is first needed (it is built after the host) */
    public WbFieldTypes(WbCustomFieldManager fields, PluginDescriptor descriptor,
                        java.util.function.Supplier<Injector> injector, ClassLoader loader) {
        this.fields = fields;
        this.descriptor = descriptor;
        this.injector = injector;
        this.loader = loader;
    }

    /** Whether there is a custom field with this id whose values the workbench keeps in {@code ISSUE_FIELD_VALUE}. */
    public boolean has(String fieldId) {
        WbCustomField field = fields.getCustomFieldObject(fieldId);
        return field != null && !field.id().equals(WbIssue.STORY_POINTS_FIELD);
    }

    /**
     * The value to store for {@code text} in field {@code fieldId} (a Number, a String or a LocalDate), or null for
     * none.
     *
     * @throws FieldValidationException with the field type's message when the text is no value of the field
     * @throws IllegalArgumentException when there is no such field or the workbench cannot store its type
     */
    public Object parse(String fieldId, String text) throws FieldValidationException {
        WbCustomField field = fields.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new IllegalArgumentException("There is no custom field " + fieldId);
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String type = field.typeKey();
        if (type.startsWith(descriptor.key() + ":")) {
            return pluginType(type.substring(descriptor.key().length() + 1)).getSingularObjectFromString(text);
        }
        switch (type.startsWith(SYSTEM) ? type.substring(SYSTEM.length()) : type) {
            case "float" -> {
                try {
                    return Double.valueOf(text.trim());
                } catch (NumberFormatException e) {
                    throw new FieldValidationException("'" + text.trim() + "' is not a valid number.");
                }
            }
            case "textarea", "textfield" -> {
                return text;
            }
            case "datepicker" -> {
                try {
                    return LocalDate.parse(text.trim());
                } catch (DateTimeParseException e) {
                    throw new FieldValidationException("'" + text.trim() + "' is not a date (YYYY-MM-DD).");
                }
            }
            default -> throw new IllegalArgumentException("The workbench cannot store values of " + type);
        }
    }

    private CustomFieldType<?, ?> pluginType(String moduleKey) {
        return types.computeIfAbsent(moduleKey, k -> {
            String className = descriptor.customFieldTypes().get(k);
            if (className == null) {
                throw new IllegalArgumentException("The plugin has no custom field type " + k);
            }
            try {
                return (CustomFieldType<?, ?>) injector.get().get(Class.forName(className, true, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Custom field type " + className + " is not on the classpath", e);
            }
        });
    }
}
