package org.rehabrx.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;

/**
 * Types into a field as a user would, refusing fields a user could not change. Karibu's own
 * {@code _setValue} calls a Vaadin 24 internal that Vaadin 25 no longer has.
 */
public final class UserInput {

    private UserInput() {
    }

    public static <V> void type(HasValue<?, V> field, V value) {
        assertThat(field.isReadOnly()).as("the field is read-only").isFalse();
        if (field instanceof HasEnabled enabled) {
            assertThat(enabled.isEnabled()).as("the field is disabled").isTrue();
        }
        if (field instanceof Component component) {
            assertThat(component.isVisible()).as("the field is hidden").isTrue();
        }
        field.setValue(value);
    }
}
