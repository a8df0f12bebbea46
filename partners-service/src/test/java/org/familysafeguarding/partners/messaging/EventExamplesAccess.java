package org.familysafeguarding.partners.messaging;

/** Lets tests of other packages check a published event against its committed example. */
public final class EventExamplesAccess {

    private EventExamplesAccess() {}

    /** @param name the event's name as in its type and example file, e.g. {@code team-formed} */
    public static void assertPublishedLikeExample(String aggregateId, String name) throws Exception {
        EventExamples.assertShapedLikeExample(
                EventExamples.published(aggregateId, "org.familysafeguarding.partners." + name + ".v1"),
                name + ".v1.json");
    }
}
