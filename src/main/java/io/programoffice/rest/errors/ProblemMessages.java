package io.programoffice.rest.errors;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.validation.ValidationException;
import io.programoffice.rest.dto.ErrorCollectionDto;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns core problems (i18n keys and arguments) into the user's language, in Jira's error shape. Thread-safe. */
@Named
public class ProblemMessages {
    private final I18nResolver i18n;

    @Inject
    public ProblemMessages(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String text(Problem problem) {
        return i18n.getText(problem.key(), problem.argumentArray());
    }

    public String text(String key, java.io.Serializable... arguments) {
        return i18n.getText(key, arguments);
    }

    public ErrorCollectionDto errors(ValidationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.fieldProblems().forEach((field, problem) -> fields.put(field, text(problem)));
        List<String> general = e.generalProblems().stream().map(this::text).toList();
        return new ErrorCollectionDto(general, fields);
    }

    public ErrorCollectionDto message(Problem problem) {
        return ErrorCollectionDto.message(text(problem));
    }
}
