package io.programoffice.workbench.inject;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds plugin objects by constructor injection, the way Spring Scanner wires a plugin in Jira: a parameter of a
 * host type must carry {@code @ComponentImport} and gets the host service; any other parameter gets the plugin's
 * own component (a {@code @Named} class, found by type). One instance per class. Fails fast, naming the class and
 * parameter, on anything Jira would also refuse. Not thread-safe: wire everything at start-up.
 */
public final class Injector {
    private final Map<Class<?>, Object> hostServices;
    private final List<Class<?>> pluginClasses;
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private final Deque<Class<?>> building = new ArrayDeque<>();

    public Injector(Map<Class<?>, Object> hostServices, List<Class<?>> pluginClasses) {
        this.hostServices = Map.copyOf(hostServices);
        this.pluginClasses = List.copyOf(pluginClasses);
    }

    /** The plugin object of this type, built on first use. */
    public <T> T get(Class<T> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        Class<?> concrete = type.isInterface() || Modifier.isAbstract(type.getModifiers()) ? component(type) : type;
        if (concrete != type) {
            return type.cast(get(concrete));
        }
        if (building.contains(type)) {
            throw new IllegalStateException("dependency cycle: " + building + " -> " + type.getName());
        }
        building.push(type);
        try {
            Object built = construct(type);
            instances.put(type, built);
            return type.cast(built);
        } finally {
            building.pop();
        }
    }

    private Class<?> component(Class<?> type) {
        List<Class<?>> candidates = pluginClasses.stream()
                .filter(c -> type.isAssignableFrom(c) && c.isAnnotationPresent(Named.class)
                        && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                .toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("expected one @Named plugin component implementing " + type.getName()
                    + ", found " + candidates);
        }
        return candidates.get(0);
    }

    private Object construct(Class<?> type) {
        Constructor<?> constructor = constructor(type);
        Parameter[] parameters = constructor.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = resolve(type, parameters[i]);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructing " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private Object resolve(Class<?> owner, Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type.getName().startsWith("com.atlassian.")) {
            if (!parameter.isAnnotationPresent(ComponentImport.class)) {
                throw new IllegalStateException(owner.getName() + ": constructor parameter " + parameter.getName()
                        + " of host type " + type.getName() + " needs @ComponentImport");
            }
            Object service = hostServices.get(type);
            if (service == null) {
                throw new IllegalStateException("the workbench provides no " + type.getName()
                        + " (needed by " + owner.getName() + ")");
            }
            return service;
        }
        if (!type.getName().startsWith("io.programoffice.")) {
            throw new IllegalStateException(owner.getName() + ": cannot inject " + type.getName());
        }
        return get(type);
    }

    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?>[] injectable = Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).toArray(Constructor[]::new);
        if (injectable.length == 1) {
            return injectable[0];
        }
        Constructor<?>[] all = type.getConstructors();
        if (injectable.length == 0 && all.length == 1) {
            return all[0];
        }
        throw new IllegalStateException(type.getName() + " needs exactly one public @Inject constructor");
    }
}
