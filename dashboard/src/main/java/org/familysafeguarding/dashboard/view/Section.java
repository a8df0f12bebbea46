package org.familysafeguarding.dashboard.view;

import java.util.List;

import org.familysafeguarding.dashboard.client.Answer;

/**
 * One part of a page. Either it has its tables (and facts shown as a summary list), or it says why
 * the API gave it nothing, so that the rest of the page still shows.
 */
public record Section(String id, String heading, String intro, List<Fact> facts, List<Table> tables, Notice notice) {

    /** A label and a value, shown as a GOV.UK summary list. */
    public record Fact(String label, String value) {}

    /** Why a section is empty: the API refused this user, or a part of the platform was down. */
    public record Notice(String title, String detail, boolean unavailable, int status) {

        public static Notice of(Answer answer, String what) {
            return switch (answer) {
                case Answer.Refused(int status, String detail)
                when status == 403 || status == 401 ->
                    new Notice("Your role cannot see " + what, detail, false, status);
                case Answer.Refused(int status, String detail)
                when status == 404 -> new Notice("Nothing found for " + what, detail, false, status);
                case Answer.Refused(int status, String detail) ->
                    new Notice("The request for " + what + " was refused", detail, false, status);
                case Answer.Unavailable(String reason) ->
                    new Notice(
                            "We could not get " + what + " right now",
                            "A part of the platform did not answer. The rest of this page still works; try again in a minute.",
                            true,
                            503);
                case Answer.Ok ok -> throw new IllegalArgumentException("an answer is not a notice");
            };
        }
    }

    public static Section of(String id, String heading, String intro, List<Fact> facts, List<Table> tables) {
        return new Section(id, heading, intro, List.copyOf(facts), List.copyOf(tables), null);
    }

    public static Section tables(String id, String heading, String intro, Table... tables) {
        return of(id, heading, intro, List.of(), List.of(tables));
    }

    public static Section notice(String id, String heading, Notice notice) {
        return new Section(id, heading, null, List.of(), List.of(), notice);
    }
}
