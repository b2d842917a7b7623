package io.programoffice.workbench.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workbench's event publisher: calls, on the publishing thread, every registered listener's public
 * {@link EventListener} methods whose one parameter accepts the event (as atlassian-event does for synchronous
 * listeners). A listener that throws is logged and the others still run. Thread-safe.
 */
public final class WbEventPublisher implements EventPublisher {
    private static final Logger LOG = Logger.getLogger(WbEventPublisher.class.getName());

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        for (Object listener : listeners) {
            for (Method m : listener.getClass().getMethods()) {
                if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].isInstance(event)) {
                    try {
                        m.invoke(listener, event);
                    } catch (InvocationTargetException e) {
                        LOG.log(Level.WARNING, "Listener " + listener.getClass().getName() + "." + m.getName()
                                + " failed on " + event.getClass().getSimpleName(), e.getCause());
                    } catch (IllegalAccessException e) {
                        LOG.log(Level.WARNING, "Cannot call listener " + m, e);
                    }
                }
            }
        }
    }

    /** How many listeners are registered. */
    public int listenerCount() {
        return listeners.size();
    }
}
