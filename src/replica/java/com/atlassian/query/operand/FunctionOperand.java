package com.atlassian.query.operand;

import java.util.List;
import java.util.Objects;

/**
 * Compile-only replica of Jira 11.3's FunctionOperand, a value type: a function call's name and arguments as
 * written in JQL; never shipped.
 */
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, String... args) {
        this(name, List.of(args));
    }

    public FunctionOperand(String name, java.util.Collection<String> args) {
        this.name = Objects.requireNonNull(name, "name");
        this.args = List.copyOf(args);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayString() {
        return name + "(" + String.join(", ", args) + ")";
    }

    public List<String> getArgs() {
        return args;
    }
}
