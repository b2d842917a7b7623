package com.atlassian.sal.api.lifecycle;

/** Compile-only replica of SAL's LifecycleAware: signatures only, no behaviour; never shipped. */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
