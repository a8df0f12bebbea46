package org.familysafeguarding.dashboard.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers to turn the API's JSON lists into table rows. */
public final class Rows {

    private Rows() {}

    public static List<JsonNode> items(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode list = body.isArray() ? body : body.path("items");
        list.forEach(items::add);
        return items;
    }

    public static Paging paging(JsonNode body) {
        return new Paging(
                body.path("page").asInt(),
                body.path("size").asInt(),
                body.path("totalItems").asLong());
    }

    public static List<List<Cell>> map(List<JsonNode> items, Function<JsonNode, List<Cell>> row) {
        return items.stream().map(row).toList();
    }
}
