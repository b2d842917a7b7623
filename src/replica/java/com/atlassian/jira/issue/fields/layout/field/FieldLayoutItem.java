package com.atlassian.jira.issue.fields.layout.field;

/** Compile-only replica of Jira 11.3's FieldLayoutItem: only the type (passed through, never called); never shipped. */
// type: https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerAction.java (Jira 11.3.1)
public interface FieldLayoutItem extends Comparable<FieldLayoutItem> {
}
