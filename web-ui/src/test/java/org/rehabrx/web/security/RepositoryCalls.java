package org.rehabrx.web.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Wraps every bean behind a repository port of the domain in a recording proxy, so that a test can prove a
 * refused call read and wrote nothing. Not recorded: the authorization facts ({@code core.access}), which a
 * rule must read to decide, and the audit trail ({@code core.audit}), which records the refusal itself.
 */
final class RepositoryCalls implements BeanPostProcessor {

    private static final List<String> NOT_DATA_ACCESS = List.of("org.rehabrx.core.access", "org.rehabrx.core.audit");

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Class<?>> watched = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        var ports = ClassUtils.getAllInterfacesForClassAsSet(bean.getClass()).stream()
                .filter(RepositoryCalls::isRepositoryPort)
                .toArray(Class<?>[]::new);
        if (ports.length == 0) {
            return bean;
        }
        watched.addAll(List.of(ports));
        return Proxy.newProxyInstance(bean.getClass().getClassLoader(), ports, (proxy, method, arguments) -> {
            if (method.getDeclaringClass() != Object.class) {
                calls.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
            try {
                return method.invoke(bean, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        });
    }

    private static boolean isRepositoryPort(Class<?> type) {
        var name = type.getPackageName();
        return name.startsWith("org.rehabrx.core.") && NOT_DATA_ACCESS.stream().noneMatch(name::startsWith);
    }

    /** The ports whose calls are recorded. */
    List<Class<?>> watched() {
        return List.copyOf(watched);
    }

    void reset() {
        calls.clear();
    }

    List<String> made() {
        return List.copyOf(calls);
    }
}
