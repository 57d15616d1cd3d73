package org.rehabrx.web.programme.ui;

import java.util.ArrayList;
import java.util.List;

import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The orthotic and footwear notes: each on a rung of the ladder (pad, sole modification, foot orthosis;
 * a change of footwear alongside), with side, placement, wear schedule and instructions.
 */
class OrthoticNotesEditor extends Composite<Div> {

    /** The note being written, as typed. */
    static final class Form {
        OrthoticType type = OrthoticType.METATARSAL_PAD;
        Side side = Side.BOTH;
        String placement = "";
        String wearSchedule = "";
        String instructions = "";
    }

    private final List<OrthoticNote> notes = new ArrayList<>();
    private final Div list = new Div();
    private final Select<OrthoticType> type = new Select<>();
    private final Select<Side> side = new Select<>();
    private final TextField placement = new TextField();
    private final TextField wearSchedule = new TextField();
    private final TextArea instructions = new TextArea();
    private final Span problem = new Span();
    private final Binder<Form> binder = new Binder<>();
    private final Runnable onChange;

    OrthoticNotesEditor(Runnable onChange) {
        this.onChange = onChange;
        type.setLabel(getTranslation("programme.orthotic.type"));
        type.setItems(OrthoticType.values());
        type.setItemLabelGenerator(this::onTheLadder);
        type.setHelperText(getTranslation("programme.orthotic.type.help"));
        side.setLabel(getTranslation("programme.orthotic.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(value -> getTranslation("side." + value.name()));
        placement.setLabel(getTranslation("programme.orthotic.placement"));
        placement.setMaxLength(500);
        wearSchedule.setLabel(getTranslation("programme.orthotic.wearSchedule"));
        wearSchedule.setRequiredIndicatorVisible(true);
        wearSchedule.setMaxLength(500);
        instructions.setLabel(getTranslation("programme.orthotic.instructions"));
        instructions.setMaxLength(2000);
        binder.forField(type).bind(form -> form.type, (form, value) -> form.type = value);
        binder.forField(side).bind(form -> form.side, (form, value) -> form.side = value);
        binder.forField(placement).bind(form -> form.placement, (form, value) -> form.placement = value);
        binder.forField(wearSchedule).bind(form -> form.wearSchedule, (form, value) -> form.wearSchedule = value);
        binder.forField(instructions).bind(form -> form.instructions, (form, value) -> form.instructions = value);
        binder.setBean(new Form());

        problem.addClassName("programme-error");
        problem.getElement().setAttribute("role", "alert");
        var add = new Button(getTranslation("programme.orthotic.add"), VaadinIcon.PLUS.create(), click -> addTyped());
        add.addThemeVariants(ButtonVariant.LUMO_CONTRAST);

        var form = new FormLayout(type, side, placement, wearSchedule, instructions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(instructions, 2);
        var adder = new Div(form, problem, add);
        adder.addClassName("programme-orthotic-form");
        list.addClassName("programme-orthotic-list");
        getContent().add(list, adder);
        refresh();
    }

    void show(List<OrthoticNote> stored) {
        notes.clear();
        notes.addAll(stored);
        refresh();
    }

    List<OrthoticNote> notes() {
        return List.copyOf(notes);
    }

    /** The typed note is checked by the domain; on a refusal its message shows and the typing stays. */
    private void addTyped() {
        var form = binder.getBean();
        try {
            notes.add(new OrthoticNote(form.type, form.side, form.placement, form.wearSchedule, form.instructions));
        } catch (IllegalArgumentException refused) {
            problem.setText(DomainMessages.translate(refused.getMessage()));
            return;
        }
        problem.setText("");
        binder.setBean(new Form());
        refresh();
        onChange.run();
    }

    private void refresh() {
        list.removeAll();
        if (notes.isEmpty()) {
            var empty = new Paragraph(getTranslation("programme.orthotic.empty"));
            empty.addClassName("programme-empty");
            list.add(empty);
        }
        for (var note : List.copyOf(notes)) {
            var summary = new Div();
            summary.addClassName("programme-orthotic-note");
            var title = new Span(getTranslation("programme.orthotic.summary",
                    getTranslation("orthoticType." + note.type().name()),
                    getTranslation("side." + note.side().name())));
            title.addClassName("programme-orthotic-note-title");
            var details = new Paragraph(String.join(" · ", java.util.stream.Stream.of(note.placement(),
                    note.wearSchedule(), note.instructions()).filter(text -> !text.isBlank()).toList()));
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                notes.remove(note);
                refresh();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("programme.orthotic.remove"));
            remove.setTooltipText(getTranslation("programme.orthotic.remove"));
            summary.add(new Div(title, remove), details);
            list.add(summary);
        }
    }

    /** The type as a choice on the ladder: its rung number first, or that a change of footwear goes with any rung. */
    private String onTheLadder(OrthoticType value) {
        String label = getTranslation("orthoticType." + value.name());
        return value == OrthoticType.FOOTWEAR_CHANGE
                ? getTranslation("programme.orthotic.type.alongside", label)
                : getTranslation("programme.orthotic.type.rung", value.ordinal() + 1, label);
    }
}
