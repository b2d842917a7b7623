package com.atlassian.webresource.api.assembler;

/** Compile-only replica of Jira 11.3's PageBuilderService: signatures only, no behaviour; never shipped. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
