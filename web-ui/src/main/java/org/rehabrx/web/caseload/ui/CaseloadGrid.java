package org.rehabrx.web.caseload.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.caseload.CaseloadColumn;
import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.caseload.CaseloadPage;
import org.rehabrx.core.caseload.CaseloadRow;
import org.rehabrx.core.caseload.CaseloadSort;
import org.rehabrx.core.caseload.PageRequest;
import org.rehabrx.core.caseload.ReviewReason;
import org.rehabrx.web.caseload.CaseloadService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The caseload, fetched page by page: the grid asks the service for the rows it shows and for the count,
 * with the sort the clinician chose, and the database does the paging. A click on a row, or Enter on a
 * focused row, opens the patient.
 */
class CaseloadGrid extends Grid<CaseloadRow> {

    static final String PATIENT_ROUTE = "patients/";

    private final CaseloadService caseload;
    private CaseloadFilter filter = CaseloadFilter.ACTIVE_PATIENTS;
    private @Nullable CaseloadRow focused;
    /**
     * The first page read with the count, for the fetch that follows the count; used once. {@link #refresh()}
     * drops it, so a fetch never shows rows of an earlier search; a new sort reaches the fetch without a refresh,
     * hence the sort it was read with.
     */
    private @Nullable FirstPage readWithCount;

    private record FirstPage(List<CaseloadSort> sort, CaseloadPage page) {

        boolean serves(List<CaseloadSort> askedSort, int offset, int limit) {
            return sort.equals(askedSort) && offset == 0
                    && (limit <= page.rows().size() || page.rows().size() == page.total());
        }
    }

    CaseloadGrid(CaseloadService caseload) {
        this.caseload = caseload;
        addClassName("patient-caseload-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        getElement().setAttribute("aria-label", getTranslation("caseload.grid.label"));

        addColumn(row -> row.reference().value()).setKey("reference")
                .setHeader(getTranslation("caseload.column.reference"))
                .setSortProperty(CaseloadColumn.REFERENCE.name()).setWidth("7rem").setFlexGrow(1);
        var name = addColumn(LitRenderer.<CaseloadRow>of("""
                        <div class="patient-caseload-name">${item.name}</div>
                        <div class="patient-caseload-born">${item.born}</div>""")
                        .withProperty("name", CaseloadRow::name)
                        .withProperty("born", row -> getTranslation("caseload.bornAndAge", date(row.dateOfBirth()),
                                row.age())))
                .setKey("name").setHeader(getTranslation("caseload.column.name"))
                .setSortProperty(CaseloadColumn.NAME.name()).setWidth("8.5rem").setFlexGrow(2);
        addColumn(new ComponentRenderer<>(this::reviewBadges)).setKey("needsReview")
                .setHeader(getTranslation("caseload.column.needsReview")).setWidth("8rem").setFlexGrow(1);
        addColumn(row -> row.programmeStatus() == null ? getTranslation("caseload.programme.none")
                : getTranslation("programmeStatus." + row.programmeStatus().name())).setKey("programme")
                .setHeader(getTranslation("caseload.column.programme")).setWidth("7.5rem").setFlexGrow(0);
        addColumn(row -> row.reviewDate() == null ? "—" : date(row.reviewDate())).setKey("reviewDate")
                .setHeader(getTranslation("caseload.column.reviewDate"))
                .setSortProperty(CaseloadColumn.REVIEW_DATE.name()).setWidth("6.5rem").setFlexGrow(0);
        addColumn(row -> getTranslation("caseload.conditionAndSide", row.condition().description(),
                getTranslation("side." + row.condition().side().name()))).setKey("condition")
                .setHeader(getTranslation("caseload.column.condition")).setWidth("8rem").setFlexGrow(2);

        setItems(this::fetch, this::count);
        sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        setPartNameGenerator(row -> row.needsReview() ? "patient-needs-review" : null);

        addItemClickListener(event -> open(event.getItem()));
        addCellFocusListener(event -> focused = event.getItem().orElse(null));
        Shortcuts.addShortcutListener(this, () -> {
            if (focused != null) {
                open(focused);
            }
        }, Key.ENTER).listenOn(this);
    }

    void setFilter(CaseloadFilter newFilter) {
        filter = newFilter;
        focused = null;
        refresh();
    }

    void refresh() {
        readWithCount = null;
        getDataProvider().refreshAll();
    }

    /**
     * The grid counts before it fetches: the first page comes with the count, one statement instead of two. The
     * count's query carries no sort, so the sort is the one the fetch will be given.
     */
    private int count(Query<CaseloadRow, Void> query) {
        var sort = caseloadSort(getDataCommunicator().getBackEndSorting());
        var first = caseload.firstPage(filter, sort, Math.min(getPageSize(), PageRequest.MAX_LIMIT));
        readWithCount = new FirstPage(sort, first);
        return first.total();
    }

    private Stream<CaseloadRow> fetch(Query<CaseloadRow, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        var sort = caseloadSort(query.getSortOrders());
        var first = readWithCount;
        readWithCount = null;
        if (first != null && first.serves(sort, offset, limit)) {
            return first.page().rows().stream().limit(limit);
        }
        // the grid may ask for more rows than one page of the service holds
        var rows = new ArrayList<CaseloadRow>();
        while (rows.size() < limit) {
            int chunk = Math.min(limit - rows.size(), PageRequest.MAX_LIMIT);
            var page = caseload.page(filter, sort, offset + rows.size(), chunk);
            rows.addAll(page);
            if (page.size() < chunk) {
                break;
            }
        }
        return rows.stream();
    }

    private static List<CaseloadSort> caseloadSort(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new CaseloadSort(CaseloadColumn.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    private void open(CaseloadRow row) {
        getUI().ifPresent(ui -> ui.navigate(PATIENT_ROUTE + row.id().value()));
    }

    private Component reviewBadges(CaseloadRow row) {
        var badges = new Div();
        badges.addClassName("patient-review-badges");
        row.reviewReasons().stream().sorted().forEach(reason -> badges.add(badge(reason)));
        return badges;
    }

    private Span badge(ReviewReason reason) {
        var badge = new Span(getTranslation("caseload.reviewReason." + reason.name(), ReviewReason.PAIN_ABOVE,
                ReviewReason.PAIN_WINDOW_DAYS));
        badge.addClassName("patient-review-badge");
        return badge;
    }

    private String date(LocalDate date) {
        Locale locale = getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
