package io.programoffice.core.index;

import static io.programoffice.core.index.Issues.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ProgramMembershipTest {
    private final ProgramIndex index = ProgramIndex.build(List.of(
            issue(1, "APP-1"), issue(2, "APP-2"), issue(3, "WEB-1"), issue(4, "OPS-1"), issue(5, "OPS-2")));

    private List<String> members(ProgramMembership membership) {
        List<String> keys = new ArrayList<>();
        index.forEach(VisibilityFilter.everything(), c -> {
            if (membership.contains(c)) {
                keys.add(c.key());
            }
        });
        keys.sort(null);
        return keys;
    }

    @Test
    public void projectsAndJqlIssuesAreTheUnion() {
        ProgramMembership membership = ProgramMembership.of(Set.of("APP"), new long[] {5, 3, 5});
        assertEquals(List.of("APP-1", "APP-2", "OPS-2", "WEB-1"), members(membership));
        assertEquals(3, membership.jqlIssueCount());
        assertFalse(membership.containsJqlIssue(4));
    }

    @Test
    public void projectsOnlyHoldsNoJqlIssue() {
        ProgramMembership membership = ProgramMembership.ofProjects(Set.of("OPS", "WEB"));
        assertEquals(List.of("OPS-1", "OPS-2", "WEB-1"), members(membership));
        assertEquals(0, membership.jqlIssueCount());
        assertFalse(membership.containsJqlIssue(1));
    }

    @Test
    public void callersArrayIsCopied() {
        long[] ids = {4};
        ProgramMembership membership = ProgramMembership.of(Set.of(), ids);
        ids[0] = 1;
        assertEquals(List.of("OPS-1"), members(membership));
        assertEquals(0, ProgramMembership.of(Set.of(), null).jqlIssueCount());
        assertThrows(NullPointerException.class, () -> ProgramMembership.of(null, ids));
    }
}
