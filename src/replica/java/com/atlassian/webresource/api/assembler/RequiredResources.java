package com.atlassian.webresource.api.assembler;

/** Compile-only replica of Jira 11.3's RequiredResources: signatures only, no behaviour; never shipped. */
// source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/RequiredResources.java
public interface RequiredResources {
    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/RequiredResources.java
    RequiredResources requireWebResource(String moduleCompleteKey);
}
