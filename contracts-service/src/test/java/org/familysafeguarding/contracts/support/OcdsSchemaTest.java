package org.familysafeguarding.contracts.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator the publication tests rely on refuses what OCDS and its extensions refuse. */
class OcdsSchemaTest {

    static String releasePackage(String budget, String tag) {
        return """
                {"uri": "https://contracts.example.org/p/1", "version": "1.1", "publishedDate": "2025-04-01T00:00:00Z",
                 "publisher": {"name": "Test County Council"},
                 "releases": [{"ocid": "ocds-fsp0c1-1", "id": "ocds-fsp0c1-1-planning", "date": "2025-04-01T00:00:00Z",
                   "tag": ["%s"], "initiationType": "tender", "planning": {"budget": %s}}]}""".formatted(tag, budget);
    }

    @Test
    void accepts_a_budget_breakdown_by_financial_year() {
        assertThat(OcdsSchema.errors(releasePackage("""
                {"amount": {"amount": 300000.00, "currency": "GBP"}, "budgetBreakdown": [{"id": "2025-26",
                 "amount": {"amount": 300000.00, "currency": "GBP"},
                 "period": {"startDate": "2025-04-01T00:00:00Z", "endDate": "2026-03-31T00:00:00Z"}}]}""", "planning"))).isEmpty();
    }

    @Test
    void refuses_a_tag_outside_the_closed_codelist_and_a_breakdown_line_without_its_id() {
        assertThat(OcdsSchema.errors(releasePackage("{}", "kpiUpdate"))).isNotEmpty();
        assertThat(OcdsSchema.errors(releasePackage("""
                {"budgetBreakdown": [{"description": "No id"}]}""", "planning"))).isNotEmpty();
        assertThat(OcdsSchema.errors(releasePackage("""
                {"budgetBreakdown": [{"id": "2025-26", "period": {"startDate": "1 April 2025"}}]}""", "planning"))).isNotEmpty();
    }
}
