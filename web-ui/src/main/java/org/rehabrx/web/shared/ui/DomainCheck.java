package org.rehabrx.web.shared.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

/**
 * Binder validators that ask the domain, so that the clinician reads the domain's own words as they type.
 */
public final class DomainCheck {

    private DomainCheck() {
    }

    /** Valid when the domain lists no problem for the value; a missing value is left to {@code asRequired}. */
    public static <T> Validator<T> problems(Function<T, List<String>> problems) {
        return (value, context) -> {
            if (value == null) {
                return ValidationResult.ok();
            }
            var found = problems.apply(value);
            return found.isEmpty() ? ValidationResult.ok()
                    : ValidationResult.error(String.join(" ", found.stream().map(DomainMessages::translate).toList()));
        };
    }

    /** Valid when the domain accepts the value: the message of its {@link IllegalArgumentException} otherwise. */
    public static <T> Validator<T> accepts(Consumer<T> construction) {
        return (value, context) -> {
            if (value == null) {
                return ValidationResult.ok();
            }
            try {
                construction.accept(value);
                return ValidationResult.ok();
            } catch (IllegalArgumentException refused) {
                return ValidationResult.error(DomainMessages.translate(refused.getMessage()));
            }
        };
    }
}
