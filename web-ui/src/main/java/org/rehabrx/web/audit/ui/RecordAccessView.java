package org.rehabrx.web.audit.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;

import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.web.audit.AuditService;
import org.rehabrx.web.audit.RecordAccess;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The patient's own report of who opened or changed their record, and when (GDPR Art. 15). */
@Route("my-record/access")
@Menu(order = 90, icon = "EYE", title = "audit.myRecord.nav")
@RolesAllowed("PATIENT")
public class RecordAccessView extends VerticalLayout implements HasDynamicTitle {

    /** What is done to a patient's record, worded for the patient; any other action keeps its general label. */
    private static final Set<AuditAction> IN_THE_PATIENTS_WORDS = EnumSet.of(AuditAction.PATIENT_REGISTERED,
            AuditAction.PATIENT_RECORD_VIEWED, AuditAction.PATIENT_CHANGED, AuditAction.PROGRAMME_VIEWED,
            AuditAction.PROGRAMME_STARTED, AuditAction.PROGRAMME_CHANGED, AuditAction.PROGRAMME_ACTIVATED,
            AuditAction.HANDOUT_DOWNLOADED, AuditAction.SESSION_LOGS_VIEWED, AuditAction.SESSION_LOGGED,
            AuditAction.PROPOSALS_VIEWED, AuditAction.PROGRESSION_EVALUATED, AuditAction.PROPOSAL_ACCEPTED,
            AuditAction.PROPOSAL_REJECTED, AuditAction.CARE_TEAM_CHANGED, AuditAction.PATIENT_ACCOUNT_LINKED,
            AuditAction.RECORD_ACCESS_REPORTED);

    private final DateTimeFormatter times;

    public RecordAccessView(AuditService audit, Clock clock) {
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("app-view");
        setSizeFull();

        var grid = new Grid<RecordAccess>();
        // one stacked cell per access reads on a phone as well as on a desktop
        grid.addColumn(LitRenderer.<RecordAccess>of("""
                        <div><div style="font-weight: 600">${item.who}</div><div>${item.what}</div>
                        <div style="color: var(--lumo-secondary-text-color)">${item.when}</div></div>""")
                        .withProperty("who", this::who)
                        .withProperty("what", this::what)
                        .withProperty("when", access -> times.format(access.occurredAt())))
                .setHeader(getTranslation("audit.myRecord.column.access"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.myRecord.empty"));
        grid.setItems(query -> audit.accessesOfMyRecord(query.getOffset(), query.getLimit()).stream());
        add(new Paragraph(getTranslation("audit.myRecord.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.myRecord.nav");
    }

    private String who(RecordAccess access) {
        if (access.self()) {
            return getTranslation("audit.myRecord.you");
        }
        String name = access.who().isEmpty() ? getTranslation("audit.myRecord.formerAccount") : access.who();
        return access.role() == null ? name : name + " · " + getTranslation("role." + access.role().name());
    }

    private String what(RecordAccess access) {
        String text = getTranslation((IN_THE_PATIENTS_WORDS.contains(access.action()) ? "audit.access."
                : "audit.action.") + access.action().name());
        return switch (access.outcome()) {
            case SUCCESS -> text;
            case DENIED -> text + " " + getTranslation("audit.myRecord.refused");
            case FAILED -> text + " " + getTranslation("audit.myRecord.failed");
        };
    }
}
