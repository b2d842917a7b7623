package com.atlassian.event.api;

/** Compile-only replica of the atlassian-event EventListenerRegistrar: signatures only, no behaviour; never shipped. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);
}
