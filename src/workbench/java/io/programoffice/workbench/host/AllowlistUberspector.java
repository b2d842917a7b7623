package io.programoffice.workbench.host;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Jira 10+'s Velocity method allowlist: a template may call a method of a plugin class only if the descriptor's
 * {@code velocity-allowlist} lists it as {@code fully.qualified.Class#method(param.Types)}. The workbench is stricter
 * than Jira (which logs and renders nothing): a blocked call fails the render, so a missing entry shows up in tests.
 */
public final class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {
    /** Application attribute holding the {@code Set<String>} allowlist. */
    public static final String ALLOWLIST = "program-office.velocity.allowlist";
    /** Classes under this prefix are checked; JDK and host classes are allowed, as Jira's global list allows them. */
    private static final String CHECKED_PREFIX = "io.programoffice.";
    /** The workbench's own host classes stand for Jira's, which Jira's global list allows. */
    private static final String HOST_PREFIX = "io.programoffice.workbench.";

    private Set<String> allowlist = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices rs) {
        Object list = rs.getApplicationAttribute(ALLOWLIST);
        allowlist = list == null ? Set.of() : (Set<String>) list;
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method != null && obj != null) {
            check(obj.getClass(), methodName, args, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet get = super.getPropertyGet(obj, identifier, info);
        if (get != null && obj != null && get.getMethodName() != null) {
            check(obj.getClass(), get.getMethodName(), new Object[0], info);
        }
        return get;
    }

    private void check(Class<?> type, String methodName, Object[] args, Info info) {
        if (!type.getName().startsWith(CHECKED_PREFIX) || type.getName().startsWith(HOST_PREFIX)) {
            return;
        }
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == args.length)
                .findFirst().orElse(null);
        String signature = type.getName() + "#" + methodName + "(" + (method == null ? "" : Arrays
                .stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","))) + ")";
        if (!allowlist.contains(signature)) {
            throw new IllegalStateException("Velocity allowlist blocks " + signature + " at " + info
                    + ": add <method>" + signature + "</method> to the descriptor's velocity-allowlist");
        }
    }
}
