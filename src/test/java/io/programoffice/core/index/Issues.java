package io.programoffice.core.index;

import io.programoffice.core.program.StatusCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test fixtures: issues drawn as keys and links drawn as edge strings, {@code "APP-1 -Blocks-> WEB-2"}. */
final class Issues {
    private Issues() {
    }

    /** A plain story in the key's project, To Do, with no optional field, and these links. */
    static IssueRecord issue(long id, String key, LinkRecord... links) {
        String project = key.substring(0, key.indexOf('-'));
        return new IssueRecord(id, key, project, "Story", "To Do", StatusCategory.NEW, null, 1_000L, 2_000L,
                List.of(), List.of(), null, null, null, null, null, List.of(links));
    }

    static LinkRecord out(long linkId, String type, long otherIssueId) {
        return new LinkRecord(linkId, type, LinkRecord.Direction.OUTWARD, otherIssueId);
    }

    static LinkRecord in(long linkId, String type, long otherIssueId) {
        return new LinkRecord(linkId, type, LinkRecord.Direction.INWARD, otherIssueId);
    }

    private static final Pattern EDGE = Pattern.compile("(~?[A-Z]+-\\d+)\\s+-(\\w+)->\\s+(~?[A-Z]+-\\d+)");

    /**
     * Issues and links drawn as {@code "APP-1 -Blocks-> WEB-2, APP-2"}: each key becomes a plain {@link #issue}
     * with id = 100 × (its project's position of first appearance + 1) + its number; each edge a link with id =
     * its position (1, 2, …), listed on both ends. Keys prefixed with {@code ~} ({@code ~EXT-9}) stay outside: the
     * link is listed only by the other end.
     */
    static List<IssueRecord> drawn(String picture) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, List<LinkRecord>> links = new LinkedHashMap<>();
        Map<String, Integer> projectOrder = new HashMap<>();
        long linkId = 0;
        for (String part : picture.split(",")) {
            String p = part.strip();
            boolean edge = p.contains("->");
            String[] ends;
            String type = null;
            if (edge) {
                Matcher m = EDGE.matcher(p);
                if (!m.matches()) {
                    throw new IllegalArgumentException("not an edge: " + p);
                }
                ends = new String[] {m.group(1), m.group(3)};
                type = m.group(2);
            } else {
                ends = new String[] {p};
            }
            for (String e : ends) {
                String key = e.replace("~", "");
                String project = key.substring(0, key.indexOf('-'));
                projectOrder.putIfAbsent(project, projectOrder.size() + 1);
                ids.putIfAbsent(key, 100L * projectOrder.get(project) + Long.parseLong(key.substring(key.indexOf('-') + 1)));
                if (!e.startsWith("~")) {
                    links.putIfAbsent(key, new ArrayList<>());
                }
            }
            if (edge) {
                linkId++;
                String a = ends[0].replace("~", "");
                String b = ends[1].replace("~", "");
                if (!ends[0].startsWith("~")) {
                    links.get(a).add(out(linkId, type, ids.get(b)));
                }
                if (!ends[1].startsWith("~")) {
                    links.get(b).add(in(linkId, type, ids.get(a)));
                }
            }
        }
        List<IssueRecord> out = new ArrayList<>();
        links.forEach((key, l) -> out.add(issue(ids.get(key), key, l.toArray(LinkRecord[]::new))));
        return out;
    }

    /** The id {@link #drawn} gives a key. */
    static long idOf(List<IssueRecord> drawn, String key) {
        return drawn.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().id();
    }
}
