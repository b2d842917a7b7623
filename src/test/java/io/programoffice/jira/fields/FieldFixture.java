package io.programoffice.jira.fields;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * What the field type tests share: an i18n resolver answering the plugin's real English bundle through
 * {@link MessageFormat} (as Jira does, so a stray apostrophe shows), and an authentication context in a German locale.
 */
final class FieldFixture {
    static final Properties BUNDLE = bundle();

    private FieldFixture() {
    }

    static I18nResolver i18n() {
        return new I18nResolver() {
            @Override
            public String getText(String key) {
                return getText(key, new Serializable[0]);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                String pattern = BUNDLE.getProperty(key);
                if (pattern == null) {
                    throw new AssertionError("no i18n key " + key);
                }
                return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
            }
        };
    }

    static JiraAuthenticationContext german() {
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        when(context.getLocale()).thenReturn(Locale.GERMAN);
        return context;
    }

    private static Properties bundle() {
        Properties p = new Properties();
        try (InputStream in = FieldFixture.class.getResourceAsStream("/i18n/program-office.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return p;
    }
}
