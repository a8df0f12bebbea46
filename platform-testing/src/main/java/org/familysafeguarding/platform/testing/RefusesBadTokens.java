package org.familysafeguarding.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.restassured.http.ContentType;

/**
 * A service refuses every kind of bad token itself, as it can be reached without the gateway: each defect is
 * answered 401 with a problem body and a Bearer challenge, on a read and on a write, and the write leaves no trace.
 * A subclass is a {@code @QuarkusTest} of one service naming one of its lists and how to add to it.
 */
public abstract class RefusesBadTokens {

    /** A token of someone who may read and add to the list, spoiled by the defect. */
    protected abstract String spoiled(BadTokens.Defect defect);

    /** A list the caller could read and add to with a good token. */
    protected abstract String list();

    /** A body that would add a record to the list, carrying the marker where the record can carry it. */
    protected abstract String newRecord(String marker);

    /** How many records carrying the marker the list holds, asked with a good token through the API. */
    protected abstract long recordsWith(String marker);

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadTokens.Defect.class)
    void a_bad_token_can_neither_read_nor_write(BadTokens.Defect defect) {
        String token = spoiled(defect);
        String marker = "Badtoken " + UUID.randomUUID().toString().substring(0, 8);

        given().auth()
                .oauth2(token)
                .when()
                .get(list())
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(newRecord(marker))
                .when()
                .post(list())
                .then()
                .statusCode(401)
                .contentType("application/problem+json");

        assertThat(recordsWith(marker)).isZero();
    }
}
