package org.rehabrx.web.programme.ui;

import java.util.List;

import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationBlockId;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;

/** The education blocks handed over with the programme, chosen with checkboxes. */
class EducationBlockChooser extends Composite<CheckboxGroup<EducationBlock>> {

    private final List<EducationBlock> available;

    EducationBlockChooser(List<EducationBlock> available, Runnable onChange) {
        this.available = available;
        var group = getContent();
        group.setLabel(getTranslation("programme.education.label"));
        group.setItems(available);
        group.setItemLabelGenerator(EducationBlock::title);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        });
    }

    void show(List<EducationBlockId> chosen) {
        getContent().setValue(java.util.Set.copyOf(available.stream()
                .filter(block -> chosen.contains(block.id())).toList()));
    }

    /** The chosen blocks in the library's order. */
    List<EducationBlockId> chosen() {
        var value = getContent().getValue();
        return available.stream().filter(value::contains).map(EducationBlock::id).toList();
    }
}
