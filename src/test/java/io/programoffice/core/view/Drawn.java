package io.programoffice.core.view;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.program.StatusCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues drawn one per line, links as edge strings:
 * <pre>
 * APP-2  Story done team=Alpha est=3 parent=APP-1 fix=1.0|1.10 comp=login assignee=alice level=8 status=Closed
 * APP-1 -Blocks-> WEB-2
 * </pre>
 * The category is {@code new}, {@code indeterminate}, {@code done} or {@code undefined} (status "To Do", "In
 * Progress", "Done", "Triage" unless {@code status=} says). Ids are 100 × (the project's position of first
 * appearance + 1) + the number; a key starting with {@code ~} is an issue outside the records (a parent or link end
 * that is not indexed).
 */
final class Drawn {
    private static final Pattern EDGE = Pattern.compile("(~?[A-Z]+-\\d+)\\s+-(\\w+)->\\s+(~?[A-Z]+-\\d+)");

    private final Map<String, Integer> projectOrder = new HashMap<>();
    private final Map<String, IssueRecord> records = new LinkedHashMap<>();
    private long nextLink = 1;

    static List<IssueRecord> records(String... lines) {
        Drawn d = new Drawn();
        for (String line : lines) {
            d.line(line.strip());
        }
        return new ArrayList<>(d.records.values());
    }

    long id(String key) {
        String k = key.replace("~", "");
        String project = k.substring(0, k.indexOf('-'));
        projectOrder.putIfAbsent(project, projectOrder.size() + 1);
        return 100L * projectOrder.get(project) + Long.parseLong(k.substring(k.indexOf('-') + 1));
    }

    static long idOf(List<IssueRecord> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().id();
    }

    private void line(String line) {
        if (line.isEmpty()) {
            return;
        }
        Matcher edge = EDGE.matcher(line);
        if (edge.matches()) {
            long link = nextLink++;
            String a = edge.group(1);
            String b = edge.group(3);
            if (!a.startsWith("~")) {
                addLink(a, new LinkRecord(link, edge.group(2), LinkRecord.Direction.OUTWARD, id(b)));
            }
            if (!b.startsWith("~")) {
                addLink(b, new LinkRecord(link, edge.group(2), LinkRecord.Direction.INWARD, id(a)));
            }
            return;
        }
        String[] tokens = line.split("\\s+");
        String key = tokens[0];
        String type = tokens[1];
        StatusCategory category = switch (tokens[2]) {
            case "new" -> StatusCategory.NEW;
            case "indeterminate" -> StatusCategory.INDETERMINATE;
            case "done" -> StatusCategory.DONE;
            case "undefined" -> null;
            default -> throw new IllegalArgumentException("category? " + line);
        };
        String status = category == null ? "Triage" : switch (category) {
            case NEW -> "To Do";
            case INDETERMINATE -> "In Progress";
            case DONE -> "Done";
        };
        Map<String, String> fields = new HashMap<>();
        for (String t : Arrays.copyOfRange(tokens, 3, tokens.length)) {
            fields.put(t.substring(0, t.indexOf('=')), t.substring(t.indexOf('=') + 1));
        }
        status = fields.getOrDefault("status", status);
        long id = id(key);
        records.put(key, new IssueRecord(id, key, key.substring(0, key.indexOf('-')), type, status, category, null,
                1_000, 2_000, list(fields.get("fix")), list(fields.get("comp")), fields.get("assignee"),
                fields.containsKey("parent") ? id(fields.get("parent")) : null,
                fields.containsKey("est") ? Double.valueOf(fields.get("est")) : null, fields.get("team"),
                fields.containsKey("level") ? Long.valueOf(fields.get("level")) : null, List.of()));
    }

    private void addLink(String key, LinkRecord link) {
        IssueRecord r = records.get(key);
        List<LinkRecord> links = new ArrayList<>(r.links());
        links.add(link);
        records.put(key, r.withLinks(links));
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value.split("\\|"));
    }
}
