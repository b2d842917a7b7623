package io.programoffice.jira.fields;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.fields.CustomField;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.WbI18nResolver;
import io.programoffice.workbench.host.WbTemplateRenderer;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The field templates on Velocity with Jira's escaping rule (the workbench renderer): a list named and identified by
 * the custom field id, the allowed values plus an empty choice, the current value selected, the ROAM state by name.
 */
public class FieldTemplatesTest {
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\">");
    private final WbTemplateRenderer renderer = new WbTemplateRenderer(Set.of());
    private final PluginDescriptor descriptor = PluginDescriptor.fromClasspath(getClass().getClassLoader());
    private final CustomField field = mock(CustomField.class);

    public FieldTemplatesTest() {
        when(field.getId()).thenReturn("customfield_10101");
    }

    private String render(String template, Object value) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("customField", field);
        model.put("i18n", new WbI18nResolver(descriptor.i18nLocation(), getClass().getClassLoader()));
        if (value != null) {
            model.put("value", value);
        }
        StringWriter out = new StringWriter();
        renderer.render(template, model, out);
        return out.toString();
    }

    private static String selected(String html) {
        Matcher m = SELECTED.matcher(html);
        assertTrue("one selected option", m.find());
        String value = m.group(1);
        assertFalse("only one selected option", m.find());
        return value;
    }

    @Test
    public void editRiskLevel_listsOneToFiveAndNone_selectingTheValue() throws Exception {
        String html = render("templates/fields/edit-risk-level.vm", "3");
        assertTrue(html.contains("<select class=\"select\" id=\"customfield_10101\" name=\"customfield_10101\">"));
        for (String v : new String[] {"", "1", "2", "4", "5"}) {
            assertTrue(v, html.contains("<option value=\"" + v + "\">"));
        }
        assertEquals("3", selected(html));
        assertEquals("", selected(render("templates/fields/edit-risk-level.vm", null)));
        String foreign = render("templates/fields/edit-risk-level.vm", "<b>9</b>");
        assertFalse("a value off the list selects nothing (the browser shows the empty first choice)",
                SELECTED.matcher(foreign).find());
        assertFalse(foreign.contains("<b>"));
    }

    @Test
    public void editRoam_listsTheStatesByNameAndNone_selectingTheValue() throws Exception {
        String html = render("templates/fields/edit-roam.vm", "owned");
        assertTrue(html.contains("<option value=\"mitigated\">Mitigated</option>"));
        assertTrue(html.contains("<option value=\"\">None</option>"));
        assertEquals("owned", selected(html));
    }

    @Test
    public void viewRoam_showsTheStatesName_andNothingForNone() throws Exception {
        assertEquals("Accepted", render("templates/fields/view-roam.vm", "accepted").strip());
        assertEquals("", render("templates/fields/view-roam.vm", null).strip());
        assertEquals("", render("templates/fields/view-roam.vm", "<i>x</i>").strip());
    }
}
