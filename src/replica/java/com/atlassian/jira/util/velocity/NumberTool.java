package com.atlassian.jira.util.velocity;

import java.util.Locale;

/**
 * Compile-only replica of Jira 11.3's NumberTool, which Jira's number view template calls as {@code $numberTool}:
 * only the constructor the plugin calls, no behaviour; never shipped. Not in the reference signature list; see the
 * sources below.
 */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/velocity/NumberTool.java (6.3.15, jira-api) ; constructed as new NumberTool(getI18nBean().getLocale()) by a custom field type built against Jira 8.13.1: atlascommunity/jira-plugins-groovy@ef39c51 src/main/java/ru/mail/jira/plugins/groovy/impl/cf/NumberCFType.java (docs/research/risk-fields.md, sources NT-6.3, MYGROOVY-NUM)
public class NumberTool {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/velocity/NumberTool.java
    public NumberTool(Locale locale) {
    }
}
