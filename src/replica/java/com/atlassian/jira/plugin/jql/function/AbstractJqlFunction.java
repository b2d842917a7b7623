package com.atlassian.jira.plugin.jql.function;

/**
 * Compile-only replica of Jira 11.3's AbstractJqlFunction: signatures only, no behaviour (Jira's keeps the module
 * descriptor given to {@link #init} and answers name and list-ness from it); never shipped.
 */
public abstract class AbstractJqlFunction implements JqlFunction {
    public AbstractJqlFunction() {
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("replica");
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("replica");
    }

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        throw new UnsupportedOperationException("replica");
    }
}
