package org.rehabrx.web.caseload.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.ReferenceTakenException;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.shared.DomainMessages;
import org.rehabrx.web.shared.Translations;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Registers a patient. Every field is checked as the clinician types, by the domain's own rules, and its
 * messages are shown as the domain words them. A refused save — a clinic reference already in use, or
 * anything else the service turns down — keeps everything typed: the reference is marked at its field, any
 * other refusal is said above the buttons. Enter saves; the first field has the focus.
 */
class NewPatientDialog extends Dialog {

    private final PatientService patients;
    private final Consumer<Patient> onRegistered;
    private final Binder<RegistrationForm> binder = new Binder<>();
    private final Set<String> takenReferences = new HashSet<>();
    private String takenMessage = "";

    final TextField reference = new TextField();
    final TextField name = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final TextArea condition = new TextArea();
    final RadioButtonGroup<Side> side = new RadioButtonGroup<>();
    final CheckboxGroup<HealthFlag> healthFlags = new CheckboxGroup<>();
    final Paragraph refusal = new Paragraph();
    final Button save = new Button();

    NewPatientDialog(PatientService patients, LocalDate today, Consumer<Patient> onRegistered) {
        this.patients = patients;
        this.onRegistered = onRegistered;
        addClassName("patient-new-dialog");
        setHeaderTitle(getTranslation("caseload.new.title"));
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);

        configureFields(today);
        bind(today);

        var form = new FormLayout(reference, name, dateOfBirth, language, phone, email, condition, side, healthFlags);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
        form.setColspan(condition, 2);
        form.setColspan(healthFlags, 2);

        refusal.addClassName("patient-new-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(form, refusal);

        save.setText(getTranslation("caseload.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("caseload.new.cancel"), event -> close());
        getFooter().add(cancel, save);

        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                reference.focus();
            }
        });
    }

    private void configureFields(LocalDate today) {
        reference.setLabel(getTranslation("caseload.new.reference"));
        reference.setMaxLength(ClinicReference.MAX_LENGTH);
        reference.setHelperText(getTranslation("caseload.new.reference.helper"));
        name.setLabel(getTranslation("caseload.new.name"));
        name.setMaxLength(Patient.MAX_NAME_LENGTH);
        dateOfBirth.setLabel(getTranslation("caseload.new.dateOfBirth"));
        dateOfBirth.setInitialPosition(today.minusYears(50));
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(getTranslation("caseload.new.dateOfBirth.badInput"))
                .setToday(getTranslation("caseload.new.dateOfBirth.today"))
                .setCancel(getTranslation("caseload.new.cancel")));
        language.setLabel(getTranslation("caseload.new.language"));
        language.setItems(Locale.ENGLISH, Translations.SPANISH);
        language.setItemLabelGenerator(locale -> getTranslation("caseload.language." + locale.getLanguage()));
        phone.setLabel(getTranslation("caseload.new.phone"));
        phone.setMaxLength(32);
        email.setLabel(getTranslation("caseload.new.email"));
        email.setMaxLength(254);
        // a plain text field, so that the domain's own message is the one shown for a malformed address
        email.getElement().setAttribute("autocomplete", "email");
        phone.getElement().setAttribute("autocomplete", "tel");
        condition.setLabel(getTranslation("caseload.new.condition"));
        condition.setMaxLength(Condition.MAX_LENGTH);
        side.setLabel(getTranslation("caseload.new.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(value -> getTranslation("side." + value.name()));
        healthFlags.setLabel(getTranslation("caseload.new.healthFlags"));
        healthFlags.setItems(HealthFlag.values());
        healthFlags.setItemLabelGenerator(flag -> getTranslation("healthFlag." + flag.name()));
        healthFlags.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        for (var field : List.of(reference, name, phone, email, condition)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (var required : List.of(reference, name, condition)) {
            required.setRequiredIndicatorVisible(true);
        }
        dateOfBirth.setRequiredIndicatorVisible(true);
        side.setRequiredIndicatorVisible(true);
    }

    private void bind(LocalDate today) {
        binder.forField(reference)
                .withValidator(PatientRules.reference())
                .withValidator(typed -> !takenReferences.contains(normalised(typed)), typed -> takenMessage)
                .bind(RegistrationForm::getReference, RegistrationForm::setReference);
        binder.forField(name)
                .withValidator(PatientRules.name())
                .bind(RegistrationForm::getName, RegistrationForm::setName);
        binder.forField(dateOfBirth)
                .asRequired(getTranslation("caseload.new.dateOfBirth.required"))
                .withValidator(PatientRules.dateOfBirth(today))
                .bind(RegistrationForm::getDateOfBirth, RegistrationForm::setDateOfBirth);
        binder.forField(language)
                .asRequired(getTranslation("caseload.new.language.required"))
                .bind(RegistrationForm::getPreferredLanguage, RegistrationForm::setPreferredLanguage);
        binder.forField(phone)
                .withValidator(PatientRules.phone())
                .bind(RegistrationForm::getPhone, RegistrationForm::setPhone);
        binder.forField(email)
                .withValidator(PatientRules.email())
                .bind(RegistrationForm::getEmail, RegistrationForm::setEmail);
        binder.forField(condition)
                .withValidator(PatientRules.condition())
                .bind(RegistrationForm::getCondition, RegistrationForm::setCondition);
        binder.forField(side)
                .asRequired(getTranslation("caseload.new.side.required"))
                .bind(RegistrationForm::getSide, RegistrationForm::setSide);
        binder.forField(healthFlags)
                .bind(RegistrationForm::getHealthFlags, RegistrationForm::setHealthFlags);
        var form = new RegistrationForm();
        if (Translations.SPANISH.getLanguage().equals(getLocale().getLanguage())) {
            form.setPreferredLanguage(Translations.SPANISH);
        }
        binder.setBean(form);
    }

    private void save() {
        refusal.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        Patient registered;
        try {
            registered = patients.register(binder.getBean().registration());
        } catch (ReferenceTakenException taken) {
            takenReferences.add(taken.reference().value());
            takenMessage = DomainMessages.translate(taken.getMessage());
            binder.validate();
            reference.focus();
            return;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            refusal.setText(DomainMessages.translate(refused.getMessage()));
            refusal.setVisible(true);
            return;
        }
        close();
        onRegistered.accept(registered);
    }

    private static String normalised(String typed) {
        try {
            return new ClinicReference(typed).value();
        } catch (IllegalArgumentException notAReference) {
            return typed;
        }
    }
}
