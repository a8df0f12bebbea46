package org.familysafeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void a_ratio_is_the_figure_over_its_baseline() {
        assertThat(Report.ratio(73.2, 163)).isEqualTo("0.45x");
        assertThat(Report.ratio(103, 41.1)).isEqualTo("2.51x");
        assertThat(Report.ratio(41.1, 0.34)).isEqualTo("121x");
        assertThat(Report.ratio(5, 5)).isEqualTo("1.00x");
    }

    @Test
    void a_ratio_without_a_usable_baseline_is_a_dash() {
        assertThat(Report.ratio(10, 0)).isEqualTo("-");
        assertThat(Report.ratio(10, Double.NaN)).isEqualTo("-");
        assertThat(Report.ratio(Double.NaN, 10)).isEqualTo("-");
        assertThat(Report.ratio(10, -1)).isEqualTo("-");
    }

    @Test
    void numbers_keep_about_three_significant_figures_and_never_go_scientific() {
        assertThat(Report.number(0.204)).isEqualTo("0.20");
        assertThat(Report.number(9.994)).isEqualTo("9.99");
        assertThat(Report.number(9.996)).isEqualTo("10.0");
        assertThat(Report.number(41.06)).isEqualTo("41.1");
        assertThat(Report.number(99.96)).isEqualTo("100");
        assertThat(Report.number(14885.4)).isEqualTo("14885");
        assertThat(Report.number(1.0e9)).isEqualTo("1000000000");
        assertThat(Report.number(Double.NaN)).isEqualTo("-");
        assertThat(Report.number(Double.POSITIVE_INFINITY)).isEqualTo("-");
    }

    @Test
    void a_comparison_row_puts_each_figure_beside_its_baseline_and_ratio() {
        Report report = new Report("title");
        var section = report.section("1. gateway vs direct (base)", Report.COMPARISON_COLUMNS);

        Report.comparison(
                section, "agency list", result(100, 10.0, 2, 10_000, 40_000), result(200, 10.0, 0, 5_000, 20_000));

        assertThat(section.rows().get(0))
                .containsExactly(
                        "agency list",
                        "10.0",
                        "20.0",
                        "0.50x",
                        "10.0",
                        "5.00",
                        "2.00x",
                        "40.0",
                        "20.0",
                        "2.00x",
                        "2",
                        "0");
    }

    @Test
    void a_row_without_measurements_shows_dashes_not_nan() {
        Report report = new Report("title");
        var section = report.section("s", Report.COMPARISON_COLUMNS);

        Report.comparison(section, "write", result(0, 0.0, 3, 0, 0), result(100, 10.0, 0, 1_000, 1_000));

        assertThat(section.rows().get(0))
                .containsExactly("write", "-", "10.0", "-", "-", "1.00", "-", "-", "1.00", "-", "3", "0");
    }

    @Test
    void renders_the_header_then_each_section_with_aligned_columns() {
        Report report = new Report("Family Safeguarding platform benchmark (quick)");
        report.header("date", "2026-12-05 01:39 UTC");
        report.header("machine", "2 CPUs");
        var section = report.section("4. event to visible", List.of("samples", "p50 ms"));
        Report.row(section, "agency registered -> in caseload", "30", "859");
        Report.row(section, "short", "200", "1.50");

        assertThat(report.render()).isEqualTo("""
                Family Safeguarding platform benchmark (quick)
                date     2026-12-05 01:39 UTC
                machine  2 CPUs

                4. event to visible               samples  p50 ms
                --------------------------------  -------  ------
                agency registered -> in caseload       30     859
                short                                 200    1.50
                """);
    }

    @Test
    void a_short_row_lets_its_last_cell_run_on_without_widening_the_columns() {
        Report report = new Report("t");
        var section = report.section("2. audit", List.of("req/s", "base"));
        Report.row(section, "child read", "n/a (no audit-off instance)");
        Report.row(section, "other", "1.00", "2.00");

        assertThat(report.render()).isEqualTo("""
                t

                2. audit    req/s  base
                ----------  -----  ----
                child read  n/a (no audit-off instance)
                other        1.00  2.00
                """);
    }

    @Test
    void a_column_of_words_is_left_aligned() {
        Report report = new Report("t");
        var section = report.section("5. reports", List.of("runs", "covered"), "covered");
        Report.row(section, "CIN census", "5", "227 children, census 2026");
        Report.row(section, "OCDS", "5", "6 contracts");

        assertThat(report.render()).isEqualTo("""
                t

                5. reports  runs  covered
                ----------  ----  -------------------------
                CIN census     5  227 children, census 2026
                OCDS           5  6 contracts
                """);
    }

    @Test
    void notes_follow_their_section() {
        Report report = new Report("t");
        report.section("errors", List.of()).notes().add("1. gateway vs direct (base), write: 2, HTTP 429 x2");

        assertThat(report.render()).isEqualTo("""
                t

                errors
                ------
                  1. gateway vs direct (base), write: 2, HTTP 429 x2
                """);
    }

    private static ClosedLoop.Result result(long calls, double seconds, long errors, long p50Micros, long p99Micros) {
        Histogram latencies = new Histogram(3);
        if (calls > 0) {
            latencies.recordValueWithCount(p50Micros, calls * 98 / 100);
            latencies.recordValueWithCount(p99Micros, calls - calls * 98 / 100);
        }
        return new ClosedLoop.Result(calls, errors, Map.of(), seconds, latencies);
    }
}
