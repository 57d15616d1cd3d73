package org.rehabrx.web.caseload.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.testing.UserInput.enter;

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

/**
 * What the database is asked while a clinician types a search: the grid counts and then fetches its first page,
 * and both come from one statement.
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
    void eachSearchReadsItsRowsAndItsCountInOneStatement() {
        ui.signInAs("demo.clinician");
        ui.navigate("patients");
        var grid = _get(CaseloadGrid.class);
        // what the browser asks for once the grid is shown: its first page
        grid.getDataCommunicator().setRequestedRange(0, grid.getPageSize());
        MockVaadin.clientRoundtrip(false);

        var statements = sql.during(() -> {
            enter(_get(TextField.class, spec -> spec.withLabel("Search")), "rossi");
            MockVaadin.clientRoundtrip(false);
        });

        assertThat(statements).filteredOn(statement -> statement.contains("FROM patient p")).singleElement()
                .asString().contains("count(*) OVER ()");
        assertThat(grid.getDataCommunicator().getItemCount()).isEqualTo(1);
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(CaseloadRow::name)
                .containsExactly("Maria Rossi (demo patient)");
    }
}
