package io.programoffice.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded Jira export of a large program with risks, as Jira REST v2 search pages fetched with
 * {@code expand=names,schema} (so the risk custom fields and their types come with the data): {@code issues} issues
 * round-robin over five projects, every {@code issues / risks}th issue of each project a "Risk" issue with
 * probability, impact, residual pair, ROAM state, mitigation, owner (assignee) and due date drawn at random (some
 * not set, some resolved), the rest stories, tasks and bugs with story points, a fix version and a Blocks link to
 * the project's previous issue in chains of ten. Field ids are the demo's: {@code customfield_10200}–{@code 10205}.
 */
final class RiskProgramExport {
    static final List<String> PROJECTS = List.of("RA", "RB", "RC", "RD", "RE");
    static final String PROBABILITY = "customfield_10200";
    static final String IMPACT = "customfield_10201";
    static final String RESIDUAL_PROBABILITY = "customfield_10202";
    static final String RESIDUAL_IMPACT = "customfield_10203";
    static final String ROAM = "customfield_10204";
    static final String MITIGATION = "customfield_10205";
    static final String STORY_POINTS = "customfield_10002";

    private static final String BASE = "https://jira.example.com";
    private static final String TYPES = "io.programoffice.program-office-jira:";
    private static final String[] OWNERS = {"admin", "alice", "bob", "user1", "user2", "user3", "user4", "user5"};
    private static final String[][] STATUSES = {{"To Do", "new"}, {"In Progress", "indeterminate"},
            {"In Review", "indeterminate"}, {"Done", "done"}};

    private RiskProgramExport() {
    }

    /** What was written. */
    record Written(int issues, int risks, int openRisks, int links, int pages) {
    }

    /** Writes the pages ({@code search-N.json}, {@code perPage} issues each) into {@code dir}. */
    static Written write(Path dir, int issues, int risks, int perPage, long seed, LocalDate today) throws IOException {
        int perProject = issues / PROJECTS.size();
        int risksPerProject = risks / PROJECTS.size();
        if (issues % PROJECTS.size() != 0 || risks % PROJECTS.size() != 0 || risksPerProject <= 0
                || perProject % risksPerProject != 0) {
            throw new IllegalArgumentException("issues and risks must be multiples of 5, and a project's issues a "
                    + "multiple of its risks");
        }
        int every = perProject / risksPerProject; // every this many issues of a project is a risk
        ObjectMapper json = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(dir);
        int riskCount = 0;
        int open = 0;
        int links = 0;
        int pages = 0;
        for (int page = 0; page * perPage < issues; page++) {
            ObjectNode root = json.createObjectNode().put("expand", "names,schema").put("startAt", page * perPage)
                    .put("maxResults", perPage).put("total", issues);
            names(root.putObject("names"));
            schema(root.putObject("schema"));
            ArrayNode list = root.putArray("issues");
            for (int n = page * perPage; n < Math.min(issues, (page + 1) * perPage); n++) {
                int p = n % PROJECTS.size();
                int num = n / PROJECTS.size() + 1;
                String project = PROJECTS.get(p);
                ObjectNode issue = list.addObject().put("id", String.valueOf(200_000 + n))
                        .put("self", BASE + "/rest/api/2/issue/" + (200_000 + n)).put("key", project + "-" + num);
                ObjectNode fields = issue.putObject("fields");
                fields.putObject("project").put("id", String.valueOf(40_000 + p)).put("key", project)
                        .put("name", "Program project " + project);
                fields.put("created", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "T10:15:30.000+0000");
                fields.put("updated", "2026-10-01T08:00:00.000+0000");
                if (num % every == 0) {
                    if (risk(fields, n, random, today)) {
                        open++;
                    }
                    riskCount++;
                    continue;
                }
                fields.put("summary", "Generated issue " + n);
                int type = random.nextInt(10);
                fields.putObject("issuetype").put("name", type < 2 ? "Bug" : type < 4 ? "Task" : "Story");
                String[] status = STATUSES[random.nextInt(STATUSES.length)];
                fields.putObject("status").put("name", status[0]).putObject("statusCategory").put("key", status[1]);
                fields.put(STORY_POINTS, random.nextInt(8));
                fields.putObject("assignee").put("name", OWNERS[random.nextInt(OWNERS.length)]);
                fields.putArray("fixVersions").addObject().put("id", String.valueOf(60_000 + p * 10 + num % 4))
                        .put("name", "R" + (num % 4)).put("released", false)
                        .put("releaseDate", today.plusDays(30L * (1 + num % 4)).toString());
                ArrayNode issueLinks = fields.putArray("issuelinks");
                if (num % 10 != 1) {
                    ObjectNode link = issueLinks.addObject().put("id", String.valueOf(700_000 + n));
                    link.putObject("type").put("name", "Blocks").put("inward", "is blocked by")
                            .put("outward", "blocks");
                    link.putObject("inwardIssue").put("id", String.valueOf(200_000 + n - PROJECTS.size()))
                            .put("key", project + "-" + (num - 1));
                    links++;
                }
            }
            Files.write(dir.resolve("search-" + page + ".json"), json.writeValueAsBytes(root));
            pages++;
        }
        return new Written(issues, riskCount, open, links, pages);
    }

    /** Fills a risk issue's fields; @return whether it is open (not done). */
    private static boolean risk(ObjectNode fields, int n, SplittableRandom random, LocalDate today) {
        fields.put("summary", "Generated risk " + n);
        fields.putObject("issuetype").put("name", "Risk");
        int draw = random.nextInt(100);
        String roam = draw < 35 ? "owned" : draw < 50 ? "accepted" : draw < 70 ? "mitigated" : draw < 85 ? "resolved"
                : null;
        boolean done = "resolved".equals(roam) || random.nextInt(20) == 0;
        String[] status = done ? STATUSES[3] : STATUSES[random.nextInt(2)];
        fields.putObject("status").put("name", status[0]).putObject("statusCategory").put("key", status[1]);
        if (random.nextInt(20) != 0) { // 1 in 20 not assessed
            int probability = 1 + random.nextInt(5);
            int impact = 1 + random.nextInt(5);
            fields.put(PROBABILITY, probability);
            fields.put(IMPACT, impact);
            if ("mitigated".equals(roam) || random.nextInt(4) == 0) {
                fields.put(RESIDUAL_PROBABILITY, 1 + random.nextInt(probability));
                fields.put(RESIDUAL_IMPACT, 1 + random.nextInt(impact));
            }
        }
        if (roam != null) {
            fields.put(ROAM, roam);
        }
        if (random.nextInt(5) < 3) {
            fields.put(MITIGATION, "Mitigation plan for risk " + n + ": review weekly with the owner.");
        }
        if (random.nextInt(10) != 0) {
            fields.putObject("assignee").put("name", OWNERS[random.nextInt(OWNERS.length)]);
        }
        if (random.nextInt(10) != 0) {
            fields.put("duedate", today.plusDays(random.nextInt(180) - 60L).toString());
        }
        if (done) {
            fields.put("resolutiondate", today.minusDays(1 + random.nextInt(60)) + "T10:00:00.000+0000");
        }
        return !done;
    }

    private static void names(ObjectNode names) {
        names.put(STORY_POINTS, "Story Points").put(PROBABILITY, "Probability").put(IMPACT, "Impact")
                .put(RESIDUAL_PROBABILITY, "Residual probability").put(RESIDUAL_IMPACT, "Residual impact")
                .put(ROAM, "ROAM status").put(MITIGATION, "Mitigation");
    }

    private static void schema(ObjectNode schema) {
        custom(schema, STORY_POINTS, "number", "com.atlassian.jira.plugin.system.customfieldtypes:float");
        custom(schema, PROBABILITY, "number", TYPES + "risk-probability");
        custom(schema, IMPACT, "number", TYPES + "risk-impact");
        custom(schema, RESIDUAL_PROBABILITY, "number", TYPES + "risk-probability");
        custom(schema, RESIDUAL_IMPACT, "number", TYPES + "risk-impact");
        custom(schema, ROAM, "string", TYPES + "risk-roam");
        custom(schema, MITIGATION, "string", "com.atlassian.jira.plugin.system.customfieldtypes:textarea");
    }

    private static void custom(ObjectNode schema, String id, String type, String custom) {
        schema.putObject(id).put("type", type).put("custom", custom)
                .put("customId", Long.parseLong(id.substring("customfield_".length())));
    }
}
