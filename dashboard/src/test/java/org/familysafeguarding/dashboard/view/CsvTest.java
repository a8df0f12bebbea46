package org.familysafeguarding.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_table_downloads_as_rfc_4180_csv_with_quoted_commas_and_quotes() {
        Table table = new Table(
                "t",
                "caption",
                List.of(Column.text("Contract"), Column.number("Value")),
                List.of(List.of(Cell.of("Drug, alcohol \"and\" more"), Cell.of("430000"))),
                null,
                null);

        assertThat(Csv.of(table)).isEqualTo("Contract,Value\r\n\"Drug, alcohol \"\"and\"\" more\",430000\r\n");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_defused_but_a_negative_number_stays_a_number() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.field("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-1.5")).isEqualTo("-1.5");
        assertThat(Csv.field("-cmd")).isEqualTo("'-cmd");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused() {
        assertThatThrownBy(() -> new Table(
                        "t",
                        "c",
                        List.of(Column.text("a"), Column.text("b")),
                        List.of(List.of(Cell.of("only one"))),
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
