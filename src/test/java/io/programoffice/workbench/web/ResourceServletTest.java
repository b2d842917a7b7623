package io.programoffice.workbench.web;

import static org.junit.Assert.assertEquals;

import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.WbI18nResolver;
import org.junit.Test;

/** The workbench's stand-in for Jira's jsI18n transformer. */
public class ResourceServletTest {
    private final ResourceServlet servlet = new ResourceServlet(
            PluginDescriptor.fromClasspath(getClass().getClassLoader()),
            new WbI18nResolver("i18n.program-office", getClass().getClassLoader()));

    @Test
    public void translate_replacesGetTextCallsByJavaScriptStringLiterals() {
        assertEquals("var t = \"Program overview\", u = \"To Do\";", servlet.translate(
                "var t = AJS.I18n.getText('program-office.dashboard.title'), u = AJS.I18n.getText( \"program-office"
                        + ".status.category.new\" );"));
    }

    @Test
    public void translate_leavesOtherCallsAlone() {
        String script = "AJS.I18n.getText(key); I18n.getText('program-office.dashboard.title');";
        assertEquals(script, servlet.translate(script));
    }
}
