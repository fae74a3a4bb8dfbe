package org.ketaminetraining.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.Component;

/**
 * Fills {@code @Inject} fields of components with the fakes registered here. Fields receive a serializable proxy
 * that finds the fake by type at call time, so pages survive Wicket's serialization checks.
 */
public final class TestServices {

    private static final Map<Class<?>, Object> REGISTRY = new HashMap<>();
    /** Every call made through an injected service, as "Service.method", in order; cleared by {@link #clear}. */
    private static final List<String> CALLS = new ArrayList<>();

    private TestServices() {
    }

    public static <T> void register(Class<T> type, T implementation) {
        REGISTRY.put(type, implementation);
    }

    public static void clear() {
        REGISTRY.clear();
        CALLS.clear();
    }

    /** The calls made through injected services since the last {@link #forgetCalls}, as "Service.method". */
    public static List<String> calls() {
        return List.copyOf(CALLS);
    }

    public static void forgetCalls() {
        CALLS.clear();
    }

    static void inject(Component component) {
        inject((Object) component);
    }

    /** Fills the {@code @Inject} fields of any object: a component, or a resource that is not one. */
    static void inject(Object component) {
        for (Class<?> type = component.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    field.setAccessible(true);
                    try {
                        field.set(component, proxy(field.getType()));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static Object proxy(Class<?> type) {
        if (!type.isInterface()) {
            throw new IllegalStateException("Pages must depend on service interfaces; " + type + " is a class");
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, new Lookup(type));
    }

    private record Lookup(Class<?> type) implements InvocationHandler, Serializable {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            CALLS.add(type.getSimpleName() + "." + method.getName());
            Object target = REGISTRY.get(type);
            if (target == null) {
                throw new IllegalStateException("No fake registered for " + type.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
