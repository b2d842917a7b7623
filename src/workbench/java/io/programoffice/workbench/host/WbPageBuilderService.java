package io.programoffice.workbench.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the web resources a page requires during one request; the page decorator writes their tags. Per-thread,
 * like Jira's request-scoped assembler.
 */
public final class WbPageBuilderService implements PageBuilderService {
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                required.get().add(moduleCompleteKey);
                return this;
            }
        };
    }

    /** What this thread's page required so far, in order. */
    public Set<String> required() {
        return new LinkedHashSet<>(required.get());
    }

    /** Forgets this thread's requirements (start of a request). */
    public void reset() {
        required.remove();
    }
}
