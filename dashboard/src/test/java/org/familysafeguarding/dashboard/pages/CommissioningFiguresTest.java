package org.familysafeguarding.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.familysafeguarding.dashboard.view.Cell;
import org.familysafeguarding.dashboard.view.FinancialQuarter;
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CommissioningFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void spend_adds_each_years_money_by_funding_source_and_keeps_the_unattributed_rest_apart() throws Exception {
        List<JsonNode> contracts = List.of(JSON.readTree("""
                {"money":{"profile":[
                  {"financialYear":"2024-25","amount":333262.38,"funding":[{"source":"Children's Social Care budget","amount":300000.00}]},
                  {"financialYear":"2025-26","amount":0.1,"funding":[]}]}}
                """), JSON.readTree("""
                {"money":{"profile":[{"financialYear":"2024-25","amount":0.2,"funding":[]}]}}
                """));

        Table spend = CommissioningPage.spend(contracts).tables().get(0);

        assertThat(spend.columns())
                .extracting(c -> c.heading())
                .containsExactly(
                        "Financial year",
                        "Children's Social Care budget (GBP)",
                        "No source recorded (GBP)",
                        "Total (GBP)");
        assertThat(spend.rows())
                .extracting(row -> row.stream().map(Cell::text).toList())
                .containsExactly(
                        List.of("2024-25", "300000", "33262.58", "333262.58"), List.of("2025-26", "0", "0.1", "0.1"));
        assertThat(spend.chart()).isNotNull();
    }

    @Test
    void each_kpi_rating_is_said_in_words_as_well_as_colour() {
        assertThat(CommissioningPage.rating("SIGNIFICANTLY_BELOW"))
                .isEqualTo(Cell.tagged("Significantly below", "red"));
        assertThat(CommissioningPage.rating("MET")).isEqualTo(Cell.tagged("Met", "green"));
    }

    @Test
    void kpi_results_pivot_into_a_chart_table_by_quarter_and_a_ratings_table() throws Exception {
        FinancialQuarter q3 = new FinancialQuarter(2026, 3);
        List<JsonNode> results = List.of(JSON.readTree("""
                {"quarter":"2026-27-Q3","contractId":"c1","interventionType":"HOME_VISIT","target":500,"actual":2,
                 "percentOfTarget":0.4,"rating":"SIGNIFICANTLY_BELOW"}
                """));

        Section section =
                CommissioningPage.kpiSection(results, List.of(q3.previous(), q3), Map.of("c1", "Substance use"), null);

        Table chart = section.tables().get(0);
        assertThat(chart.rows())
                .extracting(row -> row.stream().map(Cell::text).toList())
                .containsExactly(List.of("2026-27-Q2", ""), List.of("2026-27-Q3", "0.4"));
        assertThat(section.tables().get(1).rows().get(0))
                .extracting(Cell::text)
                .containsExactly("2026-27-Q3", "Substance use", "Home visit", "500", "2", "0.4", "Significantly below");
    }

    @Test
    void an_alert_says_how_urgent_it_is_in_words() {
        assertThat(CommissioningPage.urgency(12).text()).isEqualTo("Within 30 days");
        assertThat(CommissioningPage.urgency(90).text()).isEqualTo("Within 90 days");
        assertThat(CommissioningPage.urgency(117).text()).isEqualTo("Within 180 days");
    }
}
