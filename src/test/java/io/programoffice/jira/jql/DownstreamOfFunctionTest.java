package io.programoffice.jira.jql;

import static io.programoffice.jira.jql.JqlFixture.call;
import static io.programoffice.jira.jql.JqlFixture.context;
import static io.programoffice.jira.jql.JqlFixture.ids;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.query.clause.TerminalClause;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mockito.Mockito;

/** {@code downstreamOf} on real dependencies and index, with Jira's permission checks mocked (see the fixtures). */
public class DownstreamOfFunctionTest {
    private static final String F = DownstreamOfFunction.FUNCTION_NAME;
    private final DependencyWalkFixture fixture = new DependencyWalkFixture();
    private final JqlFixture jql = fixture.jql;
    private final TerminalClause clause = Mockito.mock(TerminalClause.class);
    private final DownstreamOfFunction function = new DownstreamOfFunction(fixture.dependencies, jql.visibility,
            jql.i18n);

    @Test
    public void getValues_answersTheDirectDependents_byDefault() {
        assertEquals(List.of(13L), ids(function.getValues(context(jql.bob, false), call(F, "APP-1"), clause)));
        assertEquals(List.of(11L), ids(function.getValues(context(jql.bob, false), call(F, "APP-2"), clause)));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "APP-6"), clause));
    }

    @Test
    public void getValues_walksUpToTheDepth_onceThroughACycle_neverAnsweringTheIssueItself() {
        assertEquals(List.of(13L, 14L), ids(function.getValues(context(jql.bob, false), call(F, "APP-1", "2"),
                clause)));
        assertEquals(List.of(11L, 13L), ids(function.getValues(context(jql.bob, false), call(F, "APP-2", "2"),
                clause)));
        assertEquals(List.of(11L, 13L, 14L), ids(function.getValues(context(jql.bob, false),
                call(F, "APP-2", "100"), clause)));
    }

    @Test
    public void getValues_neitherAnswersNorWalksThroughHiddenIssues() {
        assertEquals(List.of(13L, 14L), ids(function.getValues(context(jql.bob, false), call(F, "APP-1", "5"),
                clause)));
    }

    @Test
    public void getValues_seesEverything_whenSecurityIsOverridden() {
        assertEquals(List.of(13L, 14L, 15L, 21L), ids(function.getValues(context(jql.bob, true),
                call(F, "APP-1", "5"), clause)));
        assertEquals(List.of(11L, 15L), ids(function.getValues(context(null, true), call(F, "WEB-1"), clause)));
    }

    @Test
    public void getValues_answersNothing_forAHiddenOrUnknownIssueOrBadArguments() {
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "WEB-1"), clause));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "APP-99"), clause));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "APP-1", "0"), clause));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F), clause));
    }

    @Test
    public void validate_acceptsAVisibleIssueAndADepthFromOneToAHundred() {
        assertFalse(function.validate(jql.bob, call(F, "APP-1"), clause).hasAnyErrors());
        assertFalse(function.validate(jql.bob, call(F, "APP-1", "1"), clause).hasAnyErrors());
        assertFalse(function.validate(jql.bob, call(F, "APP-1", " 100 "), clause).hasAnyErrors());
    }

    @Test
    public void validate_rejectsAnOutOfRangeOrNonNumericDepth() {
        for (String depth : List.of("0", "101", "-1", "two", "1.5", "")) {
            assertEquals(depth, Set.of("program-office.jql.downstreamOf.depth [downstreamOf, " + depth + ", 100]"),
                    function.validate(jql.bob, call(F, "APP-1", depth), clause).getErrorMessages());
        }
    }

    @Test
    public void validate_rejectsTheWrongNumberOfArguments() {
        assertEquals(Set.of("program-office.jql.downstreamOf.arguments [downstreamOf, 0]"),
                function.validate(jql.bob, call(F), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.downstreamOf.arguments [downstreamOf, 3]"),
                function.validate(jql.bob, call(F, "APP-1", "1", "2"), clause).getErrorMessages());
    }

    @Test
    public void validate_givesHiddenAndUnknownIssuesTheSameMessage() {
        assertEquals(Set.of("program-office.jql.downstreamOf.unknown [downstreamOf, WEB-1]"),
                function.validate(jql.bob, call(F, "WEB-1", "2"), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.downstreamOf.unknown [downstreamOf, APP-99]"),
                function.validate(jql.bob, call(F, "APP-99"), clause).getErrorMessages());
    }

    @Test
    public void describesItselfAsAnIssueFunctionTakingAtLeastOneArgument() {
        assertSame(JiraDataTypes.ISSUE, function.getDataType());
        assertEquals(1, function.getMinimumNumberOfExpectedArguments());
    }
}
