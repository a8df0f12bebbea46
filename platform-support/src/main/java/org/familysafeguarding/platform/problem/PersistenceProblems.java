package org.familysafeguarding.platform.problem;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.ws.rs.core.Response.Status;

/**
 * What PostgreSQL's refusal of a write says about the request that caused it. A unique, foreign-key,
 * check or not-null violation, or a value the column cannot hold (SQLSTATE class 22: too long, out of
 * range, text the encoding cannot take), is the request's fault whichever rule of ours let it through:
 * the client gets a 4xx saying what kind of fault, the transaction has rolled back, and nothing of the
 * schema (table or constraint names) leaves the service. Anything else stays a 500.
 */
public final class PersistenceProblems {

    private PersistenceProblems() {}

    /** The problem for a failure whose cause chain holds a PostgreSQL refusal of bad input, if it does. */
    public static Optional<Problem> of(Throwable failure) {
        return sqlException(failure).flatMap(PersistenceProblems::problemFor);
    }

    /** SQLSTATE and the first line of the database's message, for the log: no values from the row. */
    public static String summary(Throwable failure) {
        return sqlException(failure)
                .map(e -> e.getSQLState() + " "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))
                .orElse("?");
    }

    static Optional<Problem> problemFor(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return Optional.empty();
        }
        String message = String.valueOf(e.getMessage());
        return Optional.ofNullable(
                switch (state) {
                    case "23505", "23P01" ->
                        Problem.of(
                                Status.CONFLICT,
                                "conflicts-with-a-record",
                                "A value that must be unique is already held by another record; nothing was changed.");
                    case "23503" ->
                        message.contains("still referenced")
                                ? Problem.of(
                                        Status.CONFLICT,
                                        "still-referenced",
                                        "Other records still refer to this one; nothing was changed.")
                                : Problem.of(
                                        422,
                                        "Unprocessable Content",
                                        "refers-to-an-absent-record",
                                        "The request refers to a record that does not exist; nothing was changed.");
                    case "23514" ->
                        Problem.of(
                                422,
                                "Unprocessable Content",
                                "breaks-a-rule-of-the-record",
                                "A value is outside what the record allows; nothing was changed.");
                    case "23502" ->
                        Problem.of(
                                Status.BAD_REQUEST,
                                "missing-value",
                                "A value the record needs is missing; nothing was changed.");
                    default ->
                        state.startsWith("22")
                                ? Problem.of(
                                        Status.BAD_REQUEST,
                                        "value-does-not-fit",
                                        "A value does not fit its field (too long, out of range, or text that cannot be stored); "
                                                + "nothing was changed.")
                                : null;
                });
    }

    /** The database's own exception: the innermost in the chain, or the one a batch says it was aborted by. */
    private static Optional<SQLException> sqlException(Throwable failure) {
        SQLException found = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                found = sql;
            }
        }
        if (found instanceof java.sql.BatchUpdateException batch
                && batch.getNextException() != null
                && batch.getNextException().getSQLState() != null) {
            found = batch.getNextException();
        }
        return Optional.ofNullable(found);
    }
}
