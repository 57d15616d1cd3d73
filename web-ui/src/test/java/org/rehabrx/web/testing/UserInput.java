package org.rehabrx.web.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;

/**
 * A value entered into a field as the browser would send it: the field's value changes "from the client",
 * so that Binder validation and listeners that react only to the user's typing run. (Karibu's own
 * {@code _setValue} relies on a method whose signature Vaadin 25 changed.)
 */
public final class UserInput {

    private static final Method SET_MODEL_VALUE;

    static {
        try {
            SET_MODEL_VALUE = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            SET_MODEL_VALUE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private UserInput() {
    }

    /** Types the value into an enabled, visible, editable field. */
    public static <V> void enter(AbstractField<?, V> field, V value) {
        if (!field.isEnabled() || !isVisible(field) || field.isReadOnly()) {
            throw new IllegalStateException("The field " + field + " cannot be edited by the user now.");
        }
        try {
            SET_MODEL_VALUE.invoke(field, value, true);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static boolean isVisible(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
