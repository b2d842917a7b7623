package com.atlassian.sal.api.auth;

import java.net.URI;

/** Compile-only replica of Jira 11.3's LoginUriProvider: signatures only, no behaviour; never shipped. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
