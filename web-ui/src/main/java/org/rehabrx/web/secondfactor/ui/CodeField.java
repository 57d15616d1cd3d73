package org.rehabrx.web.secondfactor.ui;

import com.vaadin.flow.component.textfield.TextField;

/** Where a person types the six digits their authenticator app shows; phones offer the code from a message. */
class CodeField extends TextField {

    CodeField() {
        setLabel(getTranslation("secondfactor.code"));
        setHelperText(getTranslation("secondfactor.code.help"));
        setAllowedCharPattern("[0-9 ]");
        setMaxLength(7);
        setWidthFull();
        // Vaadin's Autocomplete enum lacks this token; the text field passes the attribute on to its input
        getElement().setAttribute("autocomplete", "one-time-code");
        setRequiredIndicatorVisible(true);
        addClassName("second-factor-code");
        addValueChangeListener(change -> setInvalid(false));
    }

    /** False, with the message on the field, when nothing was typed. */
    boolean checkFilled() {
        if (getValue().isBlank()) {
            setInvalid(true);
            setErrorMessage(getTranslation("secondfactor.code.missing"));
            return false;
        }
        return true;
    }

    void refuse(String message) {
        setInvalid(true);
        setErrorMessage(message);
        focus();
    }
}
