package org.khet.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL library stops its server from its own JVM shutdown hook, which runs at the same time
 * as Spring's: requests still running and beans closing would lose the database mid-way. Khet removes that hook
 * so the server stops last, when Spring destroys the bean after everything that uses it. This needs
 * {@code --add-opens java.base/java.lang} (set in the jar's manifest and for the tests); without it the library's
 * hook stays and Khet still works, only its shutdown is less orderly.
 */
final class ShutdownOrder {

    private static final Logger log = LoggerFactory.getLogger(ShutdownOrder.class);

    private ShutdownOrder() {}

    static void springStopsTheServer(EmbeddedPostgres postgres) {
        try {
            String closer = "postgres-" + instanceId(postgres) + "-closer";
            for (Thread hook : registeredHooks()) {
                if (closer.equals(hook.getName())) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.info(
                    "The embedded PostgreSQL keeps its own shutdown hook ({}); run Java with "
                            + "--add-opens java.base/java.lang=ALL-UNNAMED for an orderly stop",
                    e.toString());
        }
    }

    private static Object instanceId(EmbeddedPostgres postgres) throws ReflectiveOperationException {
        Field id = EmbeddedPostgres.class.getDeclaredField("instanceId");
        id.setAccessible(true);
        return id.get(postgres);
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Thread> registeredHooks() throws ReflectiveOperationException {
        Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
        Field field = hooks.getDeclaredField("hooks");
        field.setAccessible(true);
        synchronized (hooks) {
            return new IdentityHashMap<>((Map<Thread, Thread>) field.get(null)).keySet();
        }
    }
}
