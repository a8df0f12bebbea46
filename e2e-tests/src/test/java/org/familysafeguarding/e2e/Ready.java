package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Whether every service and the gateway still answer ready. */
final class Ready {

    private Ready() {}

    /** What is not ready, said as after what. */
    static List<String> check(String after) {
        List<String> unready = new ArrayList<>();
        Map<String, String> parts = new TreeMap<>(Stack.SERVICES);
        parts.put("gateway", Stack.GATEWAY);
        parts.forEach((name, url) -> {
            int status;
            try {
                status = given().when().get(url + "/q/health/ready").statusCode();
            } catch (RuntimeException e) {
                status = -1;
            }
            if (status != 200) {
                unready.add(name + " answered " + status + " after " + after);
            }
        });
        return unready;
    }
}
