package io.programoffice.jira.jql;

import static io.programoffice.jira.jql.JqlFixture.call;
import static io.programoffice.jira.jql.JqlFixture.context;
import static io.programoffice.jira.jql.JqlFixture.ids;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mockito.Mockito;

/** {@code upstreamOf} on real dependencies and index, with Jira's permission checks mocked (see the fixtures). */
public class UpstreamOfFunctionTest {
    private static final String F = UpstreamOfFunction.FUNCTION_NAME;
    private final DependencyWalkFixture fixture = new DependencyWalkFixture();
    private final JqlFixture jql = fixture.jql;
    private final TerminalClause clause = Mockito.mock(TerminalClause.class);
    private final UpstreamOfFunction function = new UpstreamOfFunction(fixture.dependencies, jql.visibility, jql.i18n);

    @Test
    public void getValues_answersTheIssuesTheIssueDirectlyDependsOn_thatTheSearcherMaySee() {
        assertEquals(List.of(12L, 14L), ids(function.getValues(context(jql.bob, false), call(F, "APP-1"), clause)));
        assertEquals(List.of(11L), ids(function.getValues(context(jql.bob, false), call(F, " app-3 "), clause)));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "APP-2"), clause));
    }

    @Test
    public void getValues_seesEverything_whenSecurityIsOverridden() {
        assertEquals(List.of(12L, 14L, 21L), ids(function.getValues(context(null, true), call(F, "APP-1"), clause)));
        assertEquals(List.of(11L), ids(function.getValues(context(jql.bob, true), call(F, "WEB-1"), clause)));
    }

    @Test
    public void getValues_answersNothing_forAHiddenOrUnknownIssueOrWrongArguments() {
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "WEB-1"), clause));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "APP-99"), clause));
        assertEquals(List.of(), function.getValues(context(jql.bob, false), call(F, "APP-1", "2"), clause));
        assertEquals(List.of(), function.getValues(context(null, false), call(F, "APP-1"), clause));
    }

    @Test
    public void getValues_literalsComeFromTheOperand() {
        FunctionOperand operand = call(F, "APP-1");
        assertSame(operand, function.getValues(context(jql.bob, false), operand, clause).get(0).getSourceOperand());
    }

    @Test
    public void validate_acceptsAVisibleIssuesKey() {
        assertFalse(function.validate(jql.bob, call(F, "APP-1"), clause).hasAnyErrors());
        assertFalse(function.validate(jql.bob, call(F, "app-6"), clause).hasAnyErrors());
    }

    @Test
    public void validate_rejectsTheWrongNumberOfArguments() {
        assertEquals(Set.of("program-office.jql.upstreamOf.arguments [upstreamOf, 0]"),
                function.validate(jql.bob, call(F), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.upstreamOf.arguments [upstreamOf, 2]"),
                function.validate(jql.bob, call(F, "APP-1", "APP-2"), clause).getErrorMessages());
    }

    @Test
    public void validate_givesHiddenAndUnknownIssuesTheSameMessage() {
        assertEquals(Set.of("program-office.jql.upstreamOf.unknown [upstreamOf, WEB-1]"),
                function.validate(jql.bob, call(F, "WEB-1"), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.upstreamOf.unknown [upstreamOf, APP-99]"),
                function.validate(jql.bob, call(F, "APP-99"), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.upstreamOf.unknown [upstreamOf, not a key]"),
                function.validate(jql.bob, call(F, "not a key"), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.upstreamOf.unknown [upstreamOf, APP-1]"),
                function.validate(null, call(F, "APP-1"), clause).getErrorMessages());
    }

    @Test
    public void describesItselfAsAnIssueFunctionTakingOneArgument() {
        assertSame(JiraDataTypes.ISSUE, function.getDataType());
        assertEquals(1, function.getMinimumNumberOfExpectedArguments());
    }
}
