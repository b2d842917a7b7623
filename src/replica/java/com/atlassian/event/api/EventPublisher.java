package com.atlassian.event.api;

/** Compile-only replica of the atlassian-event EventPublisher: signatures only, no behaviour; never shipped. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
