package io.programoffice.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.programoffice.core.admin.Actor;
import io.programoffice.jira.JiraActors;
import io.programoffice.rest.dto.ErrorCollectionDto;
import io.programoffice.rest.errors.ProblemMessages;
import io.programoffice.rest.errors.RestException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is calling, checked first in every resource: 401 for anonymous callers, 403 for non-administrators on admin
 * calls, and 401 "requires WebSudo" for an administrator's browser session that has not confirmed its password
 * recently (a REST client with basic auth is not challenged, as in Jira). Thread-safe.
 */
@Named
public class Callers {
    private final JiraActors actors;
    private final WebSudoManager webSudo;
    private final ProblemMessages messages;

    @Inject
    public Callers(JiraActors actors, @ComponentImport WebSudoManager webSudo, ProblemMessages messages) {
        this.actors = actors;
        this.webSudo = webSudo;
        this.messages = messages;
    }

    /** The logged-in caller, or a 401. */
    public Actor require() {
        return actors.current().orElseThrow(() -> new RestException(401,
                ErrorCollectionDto.message(messages.text("program-office.rest.error.login"))));
    }

    /** The logged-in administrator with a WebSudo session (or basic auth), or a 401/403. */
    public Actor requireAdmin(HttpServletRequest request) {
        Actor actor = require();
        if (!actor.admin()) {
            throw new RestException(403, ErrorCollectionDto.message(
                    messages.text("program-office.error.scheme.admin.only")));
        }
        if (!webSudo.canExecuteRequest(request)) {
            throw new RestException(401, ErrorCollectionDto.message(messages.text("program-office.rest.error.websudo")));
        }
        return actor;
    }
}
