package io.programoffice.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's i18n bundle (the descriptor's {@code i18n} resource) in English. Like Jira, every text goes through
 * {@link MessageFormat} (so {@code ''} is a quote) and an unknown key comes back as the key itself.
 */
public final class WbI18nResolver implements I18nResolver {
    private final ResourceBundle bundle;

    /** @param location the descriptor's location, e.g. {@code i18n.program-office} */
    public WbI18nResolver(String location, ClassLoader loader) {
        this.bundle = ResourceBundle.getBundle(location, Locale.ROOT, loader);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** Whether the bundle defines {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
