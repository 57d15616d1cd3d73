package org.rehabrx.web.caseload.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.testing.UserInput.enter;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.caseload.CaseloadRow;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.SqlStatements;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * What the database is asked while a clinician searches and sorts the caseload: the grid counts and then fetches
 * its first page, and both come from one statement.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
@Import(SqlStatements.class)
class CaseloadSearchStatementsTest {

    @Autowired
    SqlStatements sql;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void eachSearchOrSortReadsItsRowsAndItsCountInOneStatement() {
        ui.signInAs("demo.clinician");
        ui.navigate("patients");
        var grid = _get(CaseloadGrid.class);
        // what the browser asks for once the grid is shown: its first page
        grid.getDataCommunicator().setRequestedRange(0, grid.getPageSize());
        MockVaadin.clientRoundtrip(false);

        assertThat(caseloadStatements(() -> search("rossi"))).singleElement().asString().contains("count(*) OVER ()");
        assertThat(grid.getDataCommunicator().getItemCount()).isEqualTo(1);
        assertThat(shownWithoutAnotherRead(grid)).extracting(CaseloadRow::name)
                .containsExactly("Maria Rossi (demo patient)");

        assertThat(caseloadStatements(() -> search("demo"))).singleElement().asString().contains("count(*) OVER ()");
        assertThat(shownWithoutAnotherRead(grid)).isSortedAccordingTo(byName()).extracting(CaseloadRow::name)
                .contains("Maria Rossi (demo patient)");

        assertThat(caseloadStatements(() -> GridKt._sortByKey(grid, "name", SortDirection.DESCENDING)))
                .singleElement().asString().contains("count(*) OVER ()", "DESC");
        assertThat(shownWithoutAnotherRead(grid)).isSortedAccordingTo(byName().reversed());
    }

    private List<String> caseloadStatements(Runnable clinicianDoes) {
        return sql.during(() -> {
            clinicianDoes.run();
            MockVaadin.clientRoundtrip(false);
        }).stream().filter(statement -> statement.contains("FROM patient p")).toList();
    }

    private static void search(String text) {
        enter(_get(TextField.class, spec -> spec.withLabel("Search")), text);
    }

    /** The rows the grid holds for the browser, read without asking the database again. */
    private List<CaseloadRow> shownWithoutAnotherRead(CaseloadGrid grid) {
        var shown = sql.during(() -> {
            var communicator = grid.getDataCommunicator();
            return IntStream.range(0, communicator.getItemCount()).mapToObj(communicator::getItem).toList();
        });
        assertThat(shown.statements()).as("statements to show the rows already read").isEmpty();
        return shown.result();
    }

    private static Comparator<CaseloadRow> byName() {
        return Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT));
    }
}
