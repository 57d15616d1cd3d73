package org.rehabrx.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertThat(AuditCsv.field("demo.clinician")).isEqualTo("demo.clinician");
        assertThat(AuditCsv.field("")).isEmpty();
        assertThat(AuditCsv.field("2026-03-02T08:30:00Z")).isEqualTo("2026-03-02T08:30:00Z");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void fieldsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertThat(AuditCsv.field("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.field("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(AuditCsv.field("a=b")).isEqualTo("a=b");
    }
}
