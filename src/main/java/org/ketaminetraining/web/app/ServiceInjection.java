package org.ketaminetraining.web.app;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.application.IComponentInstantiationListener;

/**
 * Fills the {@code @Inject} fields of components (and of resources that ask) with a small serializable stand-in for
 * the CDI bean: a proxy of the service interface that finds the bean when first called after it was made or
 * deserialized.
 *
 * <p>Why not wicket-cdi, which injects Weld's own client proxies: Wicket keeps pages by serializing them, and on
 * Open Liberty a Weld client proxy cannot be deserialized by an application (measured in the server: reading one
 * back fails with {@code ClassNotFoundException: org.jboss.weld.annotated.slim.AnnotatedTypeIdentifier}, a class
 * Liberty does not expose to applications; through Wicket's serializer the page then fails with a
 * {@code ClassCastException}). Every page that left Wicket's small in-memory cache, for example after the back
 * button or a few other pages, answered its next form post with an error. This stand-in serializes as the name of
 * its interface only. It also resolves the bean once per page rather than looking up the bean manager for every
 * component built, which profiling showed cost 15% of the server's CPU under load.
 *
 * <p>Pages depend on service interfaces only (their fakes in page tests are found the same way), so a JDK proxy is
 * enough; a field of a class type is refused when the component is built.
 */
final class ServiceInjection implements IComponentInstantiationListener {

    private static final ClassValue<List<Field>> INJECTED_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Inject.class)) {
                        if (!field.getType().isInterface()) {
                            throw new IllegalStateException(type.getName() + "." + field.getName()
                                    + ": pages depend on service interfaces, not on " + field.getType());
                        }
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    @Override
    public void onInstantiation(Component component) {
        inject(component);
    }

    /** Fills the {@code @Inject} fields of any object: a component, or a resource that is not one. */
    static void inject(Object target) {
        for (Field field : INJECTED_FIELDS.get(target.getClass())) {
            try {
                field.set(target, proxy(field.getType()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot inject " + field, e);
            }
        }
    }

    private static Object proxy(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, new Bean(type));
    }

    /** The bean behind one injected field: remembered after the first call, found again after deserialization. */
    private static final class Bean implements InvocationHandler, Serializable {

        private static final long serialVersionUID = 1L;
        private final Class<?> type;
        private transient Object instance;

        Bean(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "injected " + type.getName();
                };
            }
            if (instance == null) {
                instance = CDI.current().select(type).get();
            }
            try {
                return method.invoke(instance, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
