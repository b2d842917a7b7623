package io.programoffice.workbench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbIssue;
import io.programoffice.workbench.host.WbFieldTypes;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import io.programoffice.workbench.host.WbIssueEditor;
import io.programoffice.workbench.host.WbIssueLink;
import io.programoffice.workbench.host.WbIssueLinkManager;
import io.programoffice.workbench.host.WbPermissionManager;
import io.programoffice.workbench.host.WbVersion;
import io.programoffice.workbench.host.WbVersionManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small part of Jira's own REST API v2, so a user (or a test) can change issues and see the plugin's event path:
 * <ul>
 *   <li>{@code PUT /rest/api/2/issue/{key}} with {@code {"fields":{...}}}: {@code summary}, {@code assignee}
 *       ({@code {"name":"alice"}} or null), {@code customfield_10002} (story points), {@code security}
 *       ({@code {"id":"10100"}} or null), {@code fixVersions} ({@code [{"name":"2026.Q4"}]} or ids) &rarr; 204;</li>
 *   <li>{@code POST /rest/api/2/issue/{key}/transitions} with {@code {"transition":{"id":"5"}}} &rarr; 204 (in the
 *       workbench a transition's id is the id of the status it leads to);</li>
 *   <li>{@code DELETE /rest/api/2/issue/{key}} &rarr; 204;</li>
 *   <li>{@code POST /rest/api/2/issueLink} with {@code {"type":{"name":"Blocks"},"inwardIssue":{"key":"APP-1"},
 *       "outwardIssue":{"key":"WEB-2"}}} &rarr; 201, the inward issue being the link's source as in Jira
 *       ("APP-1 blocks WEB-2");</li>
 *   <li>{@code DELETE /rest/api/2/issueLink/{id}} &rarr; 204.</li>
 * </ul>
 * The caller must be logged in (401) and browse the issue's project (403); unknown issues and links get 404, bad
 * bodies 400, all in Jira's error shape. Changes publish Jira's events ({@link WbIssueEditor}).
 */
public final class IssueRestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ISSUE = Pattern.compile("/issue/([^/]+)");
    private static final Pattern TRANSITIONS = Pattern.compile("/issue/([^/]+)/transitions");
    private static final Pattern LINK = Pattern.compile("/issueLink/(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient WbIssueEditor editor;
    private final transient WbIssueLinkManager links;
    private final transient WbPermissionManager permissions;
    private final transient WbAuthenticationContext authentication;
    private final transient WbVersionManager versions;
    private final transient WbFieldTypes fieldTypes;

    public IssueRestServlet(WbIssueEditor editor, WbIssueLinkManager links, WbPermissionManager permissions,
                            WbAuthenticationContext authentication, WbVersionManager versions,
                            WbFieldTypes fieldTypes) {
        this.fieldTypes = fieldTypes;
        this.versions = versions;
        this.editor = editor;
        this.links = links;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String method = req.getMethod();
        try {
            if (authentication.getLoggedInUser() == null) {
                error(resp, 401, "You are not authenticated. Authentication required to perform this operation.");
                return;
            }
            Matcher m;
            if ((m = ISSUE.matcher(path)).matches() && method.equals("PUT")) {
                edit(require(m.group(1)), body(req));
                resp.setStatus(204);
            } else if ((m = ISSUE.matcher(path)).matches() && method.equals("DELETE")) {
                editor.delete(require(m.group(1)).key());
                resp.setStatus(204);
            } else if ((m = TRANSITIONS.matcher(path)).matches() && method.equals("POST")) {
                WbIssue issue = require(m.group(1));
                JsonNode id = body(req).path("transition").path("id");
                if (!id.canConvertToLong() && !id.asText().matches("\\d+")) {
                    throw new IllegalArgumentException("transition: a transition id is required");
                }
                editor.update(issue.key(), Map.of("STATUS_ID", Long.parseLong(id.asText())));
                resp.setStatus(204);
            } else if (path.equals("/issueLink") && method.equals("POST")) {
                JsonNode body = body(req);
                String type = body.path("type").path("name").asText("");
                WbIssue inward = require(body.path("inwardIssue").path("key").asText(""));
                WbIssue outward = require(body.path("outwardIssue").path("key").asText(""));
                if (type.isBlank()) {
                    throw new IllegalArgumentException("type: a link type name is required");
                }
                editor.link(type, inward.key(), outward.key());
                resp.setStatus(201);
            } else if ((m = LINK.matcher(path)).matches() && method.equals("DELETE")) {
                WbIssueLink link = links.byId(Long.parseLong(m.group(1)));
                if (link == null) {
                    throw new NoSuchElementException("No issue link with id " + m.group(1));
                }
                editor.unlink(link.id());
                resp.setStatus(204);
            } else {
                error(resp, 404, "Null");
            }
        } catch (NoSuchElementException e) {
            error(resp, 404, e.getMessage());
        } catch (SecurityException e) {
            error(resp, 403, e.getMessage());
        } catch (FieldError e) {
            resp.setStatus(400);
            resp.setContentType("application/json;charset=UTF-8");
            JSON.writeValue(resp.getOutputStream(), Map.of("errorMessages", List.of(),
                    "errors", Map.of(e.field, e.getMessage())));
        } catch (IllegalArgumentException | IOException e) {
            error(resp, 400, e.getMessage());
        }
    }

    private WbIssue require(String key) {
        WbIssue issue = editor.require(key);
        if (!permissions.browsableProjectIds(authentication.getLoggedInUser()).contains(issue.getProjectId())) {
            throw new SecurityException("You do not have the permission to see the specified issue.");
        }
        return issue;
    }

    private void edit(WbIssue issue, JsonNode body) {
        JsonNode fields = body.path("fields");
        if (!fields.isObject()) {
            throw new IllegalArgumentException("fields: an object of fields is required");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Long> versions = null;
        for (var it = fields.fields(); it.hasNext(); ) {
            var field = it.next();
            JsonNode v = field.getValue();
            switch (field.getKey()) {
                case "summary" -> {
                    if (!v.isTextual() || v.asText().isBlank()) {
                        throw new IllegalArgumentException("summary: You must specify a summary of the issue.");
                    }
                    columns.put("SUMMARY", v.asText());
                }
                case "assignee" -> columns.put("ASSIGNEE", v.isNull() ? null : v.path("name").asText(null));
                case WbIssue.STORY_POINTS_FIELD -> {
                    if (!v.isNull() && !v.isNumber()) {
                        throw new IllegalArgumentException(WbIssue.STORY_POINTS_FIELD + ": a number is required");
                    }
                    columns.put("STORY_POINTS", v.isNull() ? null : v.asDouble());
                }
                case "security" -> columns.put("SECURITY_LEVEL_ID", v.isNull() ? null : Long.parseLong(
                        v.path("id").asText("x").matches("\\d+") ? v.path("id").asText() : "-1"));
                case "fixVersions" -> versions = versionIds(issue, v);
                default -> {
                    if (field.getKey().startsWith("customfield_") && fieldTypes.has(field.getKey())) {
                        try {
                            values.put(field.getKey(), fieldTypes.parse(field.getKey(), v.isNull() ? null
                                    : v.isObject() ? v.path("value").asText(null) : v.asText()));
                        } catch (FieldValidationException e) {
                            throw new FieldError(field.getKey(), e.getMessage());
                        }
                        continue;
                    }
                    throw new IllegalArgumentException(field.getKey()
                        + ": Field '" + field.getKey() + "' cannot be set. It is not on the appropriate screen,"
                        + " or unknown.");
                }
            }
        }
        if (columns.containsKey("SECURITY_LEVEL_ID") && Long.valueOf(-1).equals(columns.get("SECURITY_LEVEL_ID"))) {
            throw new IllegalArgumentException("security: Security level id is invalid");
        }
        if (!columns.isEmpty()) {
            editor.update(issue.key(), columns);
        }
        if (versions != null) {
            editor.setFixVersions(issue.key(), versions);
        }
        if (!values.isEmpty()) {
            editor.setFieldValues(issue.key(), values);
        }
    }

    /** A field's value refused by its field type: Jira answers 400 with the message at the field. */
    private static final class FieldError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldError(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private List<Long> versionIds(WbIssue issue, JsonNode values) {
        if (!values.isArray()) {
            throw new IllegalArgumentException("fixVersions: a list of versions is required");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode v : values) {
            String name = v.path("name").asText(null);
            String id = v.path("id").asText(null);
            Long found = null;
            for (var version : versions.getVersions(issue.getProjectId())) {
                WbVersion wb = (WbVersion) version;
                if (wb.getName().equals(name) || String.valueOf(wb.id()).equals(id)) {
                    found = wb.id();
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("fixVersions: Version name '" + (name == null ? id : name)
                        + "' is not valid");
            }
            ids.add(found);
        }
        return ids;
    }

    private static JsonNode body(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new IllegalArgumentException("The request needs a JSON body (Content-Type: application/json)");
        }
        JsonNode node = JSON.readTree(req.getInputStream());
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("The request body must be a JSON object");
        }
        return node;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", List.of(message == null ? "" : message));
        body.put("errors", Map.of());
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
