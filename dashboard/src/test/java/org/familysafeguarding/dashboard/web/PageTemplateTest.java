package org.familysafeguarding.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.familysafeguarding.dashboard.client.Answer;
import org.familysafeguarding.dashboard.view.Cell;
import org.familysafeguarding.dashboard.view.Chart;
import org.familysafeguarding.dashboard.view.Column;
import org.familysafeguarding.dashboard.view.Page;
import org.familysafeguarding.dashboard.view.Paging;
import org.familysafeguarding.dashboard.view.Section;
import org.familysafeguarding.dashboard.view.Table;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The page template as a browser gets it: tables with captions, charts, CSV links, paging, and notices. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PageTemplateTest {

    @Inject
    @Location("page.html")
    Template page;

    private String render(Page built) {
        return page.data("page", built)
                .data("viewer", null)
                .data("pageQuery", "state=LIVE&")
                .data("csvQuery", "state=LIVE&page=1&")
                .render();
    }

    @Test
    void a_table_renders_with_its_chart_csv_link_paging_and_ratings_in_words() {
        Table table = new Table(
                "kpis",
                "KPI <results>",
                List.of(Column.text("Quarter"), Column.number("% of target")),
                List.of(List.of(Cell.of("2026-27-Q3"), Cell.tagged("Significantly below", "red"))),
                new Chart(Chart.Kind.BAR, "%"),
                new Paging(1, 20, 45));

        String html = render(new Page(
                "/commissioning",
                "Commissioning",
                "c",
                null,
                List.of(Section.tables("kpis", "KPI performance", "Intro", table))));

        assertThat(html)
                .contains(
                        "<caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"caption-kpis\">KPI &lt;results&gt;</caption>")
                .contains("data-chart-table=\"table-kpis\"")
                .contains("role=\"img\"")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Significantly below</strong>")
                .contains("href=\"/commissioning?state=LIVE&amp;page=1&amp;csv=kpis\"")
                .contains("page=0#kpis")
                .contains("page=2#kpis")
                .contains("Showing 21 to 40 of 45")
                .contains("govuk-table__header--numeric");
    }

    @Test
    void a_section_the_api_refused_says_so_and_the_others_still_render() {
        Table register = new Table(
                "register",
                "Contracts",
                List.of(Column.text("Contract")),
                List.of(List.of(Cell.of("Substance use support"))),
                null,
                null);

        String html = render(new Page(
                "/commissioning",
                "Commissioning",
                "c",
                null,
                List.of(
                        Section.notice(
                                "alerts",
                                "Alerts",
                                Section.Notice.of(new Answer.Unavailable("timeout"), "the contract alerts")),
                        Section.tables("register", "Contract register", null, register))));

        assertThat(html)
                .contains("We could not get the contract alerts right now")
                .contains("data-status=\"503\"")
                .contains("Substance use support");
    }
}
