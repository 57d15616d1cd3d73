package org.rehabrx.web.audit.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.ChainVerification;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.web.audit.AuditEventRow;
import org.rehabrx.web.audit.AuditSearch;
import org.rehabrx.web.audit.AuditService;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;

import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's view of the audit trail: filter by user, patient reference, action and period; export what
 * matches as CSV; check that the chain is intact. Patients appear by clinic reference only.
 */
@Route("admin/audit")
@Menu(order = 40, icon = "LIST_SELECT", title = "audit.nav")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final DateTimeFormatter times;
    private final TextField user = new TextField();
    private final TextField patient = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEventRow> grid = new Grid<>();
    private final Span verification = new Span();
    private final Button recordAccess = new Button();
    private volatile AuditSearch search = AuditSearch.EVERYTHING;

    public AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("app-view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("audit.intro"));
        add(intro, filters(), actions(), verification, grid());
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.nav");
    }

    private FlexLayout filters() {
        user.setLabel(getTranslation("audit.filter.user"));
        patient.setLabel(getTranslation("audit.filter.patient"));
        for (var text : new TextField[] {user, patient}) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(this::label)).toList());
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setErrorMessage(getTranslation("audit.filter.periodReversed"));
        user.addValueChangeListener(this::filtered);
        patient.addValueChangeListener(this::filtered);
        action.addValueChangeListener(this::filtered);
        from.addValueChangeListener(this::filtered);
        to.addValueChangeListener(this::filtered);

        // narrow enough for all five filters to share one line on a laptop
        for (var field : new HasSize[] {user, patient, action, from, to}) {
            field.setWidth("11rem");
        }
        var filters = new FlexLayout(user, patient, action, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setWidthFull();
        return filters;
    }

    private HorizontalLayout actions() {
        var export = new Anchor(this::export, "");
        var exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        var verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create(),
                click -> showVerification(audit.verifyChain()));
        recordAccess.setText(getTranslation("audit.recordAccess.open"));
        recordAccess.setIcon(VaadinIcon.EYE.create());
        recordAccess.setEnabled(false);
        recordAccess.addClickListener(click -> openRecordAccess());
        var actions = new HorizontalLayout(export, verify, recordAccess);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private Grid<AuditEventRow> grid() {
        grid.addColumn(row -> times.format(row.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::actorLabel).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(row -> row.role() == null ? "" : getTranslation("role." + row.role().name()))
                .setHeader(getTranslation("audit.column.role")).setAutoWidth(true);
        grid.addColumn(row -> label(row.action())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEventRow::patientReference).setHeader(getTranslation("audit.column.patient"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("audit.outcome." + row.outcome().name()))
                .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.addColumn(AuditEventRow::clientAddress).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> audit.search(search, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(search)));
        return grid;
    }

    private void filtered(AbstractField.ComponentValueChangeEvent<?, ?> ignored) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean reversed = start != null && end != null && end.isBefore(start);
        to.setInvalid(reversed);
        if (reversed) {
            return;
        }
        search = new AuditSearch(user.getValue(), patient.getValue(), action.getValue(), start, end);
        recordAccess.setEnabled(!patient.getValue().isBlank());
        grid.getDataProvider().refreshAll();
    }

    /** Runs when the browser fetches the file, in a request of its own, with the filter shown at that moment. */
    private void export(DownloadEvent event) throws IOException {
        event.setFileName("audit-trail.csv");
        event.setContentType("text/csv; charset=utf-8");
        event.getResponse().setHeader("Cache-Control", "no-store");
        try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            audit.exportCsv(search, out);
        }
    }

    private void openRecordAccess() {
        try {
            new RecordAccessDialog(audit, new ClinicReference(patient.getValue()), times).open();
            patient.setInvalid(false);
        } catch (IllegalArgumentException notAReference) {
            patient.setErrorMessage(DomainMessages.translate(notAReference.getMessage(), getLocale()));
            patient.setInvalid(true);
        }
    }

    private void showVerification(ChainVerification result) {
        var broken = result.firstBrokenLink();
        verification.setText(broken == null
                ? getTranslation("audit.verify.intact", result.eventsChecked())
                : getTranslation("audit.verify.broken", broken.sequence(),
                        getTranslation("audit.verify.reason." + broken.reason().name())));
        verification.getElement().getThemeList().set("badge", true);
        verification.getElement().getThemeList().set("success", broken == null);
        verification.getElement().getThemeList().set("error", broken != null);
        verification.getElement().setAttribute("role", "status");
    }

    private String actorLabel(AuditEventRow row) {
        if (row.actor().isEmpty()) {
            return getTranslation("audit.nobody");
        }
        return switch (row.actor()) {
            case Actor.UNKNOWN_USERNAME -> getTranslation("audit.unknownAccount");
            case Actor.SYSTEM_USERNAME -> getTranslation("audit.system");
            default -> row.actor();
        };
    }

    private String label(@Nullable AuditAction value) {
        return value == null ? "" : getTranslation("audit.action." + value.name());
    }
}
