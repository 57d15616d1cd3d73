package org.rehabrx.web.audit.ui;

import java.time.format.DateTimeFormatter;

import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.web.audit.AuditService;
import org.rehabrx.web.audit.RecordAccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

/** For an admin: who opened or changed one patient's record, the report the patient can see of themselves. */
class RecordAccessDialog extends Dialog {

    RecordAccessDialog(AuditService audit, ClinicReference reference, DateTimeFormatter times) {
        setHeaderTitle(getTranslation("audit.recordAccess.title", reference.value()));
        setWidth("min(60rem, 95vw)");
        setHeight("min(40rem, 90vh)");

        var grid = new Grid<RecordAccess>();
        grid.addColumn(access -> times.format(access.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(access -> access.who().isEmpty() ? getTranslation("audit.myRecord.formerAccount") : access.who())
                .setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(access -> access.role() == null ? "" : getTranslation("role." + access.role().name()))
                .setHeader(getTranslation("audit.column.role")).setAutoWidth(true);
        grid.addColumn(access -> getTranslation("audit.action." + access.action().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(access -> getTranslation("audit.outcome." + access.outcome().name()))
                .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.recordAccess.empty"));
        grid.setItems(query -> audit.accessesOf(reference, query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        add(grid);
        getFooter().add(new Button(getTranslation("audit.recordAccess.close"), click -> close()));
    }
}
