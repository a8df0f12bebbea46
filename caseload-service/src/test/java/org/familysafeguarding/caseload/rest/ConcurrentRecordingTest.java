package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * Records written at the same moment, as a busy front door or a bulk load writes them: each is kept
 * (never a 5xx), and writes about one child still wait for each other, so each sees the others.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class ConcurrentRecordingTest {

    static final LocalDate FIRST = LocalDate.of(2024, 2, 5);

    static int refer(String token, String child, LocalDate date) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"referralDate\": \"%s\", \"source\": \"6\", \"primaryNeed\": \"N1\"}".formatted(date))
                .when()
                .post(BASE + "/children/" + child + "/referrals")
                .statusCode();
    }

    static int plan(String token, String child, String kind, LocalDate start) {
        String category = kind.equals("CHILD_PROTECTION") ? "\"NEG\"" : "null";
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"%s\", \"startDate\": \"%s\", \"categoryOfAbuse\": %s}"
                        .formatted(kind, start, category))
                .when()
                .post(BASE + "/children/" + child + "/plans")
                .statusCode();
    }

    static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void referrals_and_plans_of_many_children_recorded_at_once_are_all_kept() throws Exception {
        String sw = socialWorker(COUNCIL);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            children.add(familyWithChild(COUNCIL)[1]);
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String child : children) {
            calls.add(() -> refer(sw, child, FIRST));
            calls.add(() -> refer(sw, child, FIRST.plusDays(40)));
            calls.add(() -> plan(sw, child, "CHILD_PROTECTION", FIRST.plusDays(12)));
            calls.add(() -> plan(sw, child, "CHILD_IN_NEED", FIRST.plusDays(400)));
        }
        assertThat(atOnce(calls)).as("status of each write").containsOnly(201);

        String admin = councilStaff("admin", "partnership-admin", COUNCIL);
        for (String child : children) {
            List<Boolean> flags = given().auth()
                    .oauth2(admin)
                    .when()
                    .get(BASE + "/children/" + child + "/referrals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.reReferral");
            // latest first: whichever of the two arrived first, the later one is flagged
            assertThat(flags).as("re-referral flags of child " + child).containsExactly(true, false);
        }
    }
}
