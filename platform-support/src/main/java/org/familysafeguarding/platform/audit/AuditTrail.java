package org.familysafeguarding.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familysafeguarding.platform.security.Caller;
import org.familysafeguarding.platform.support.Transactions;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The tamper-evident audit log of a service: every read or change of a person's record, and every
 * denied attempt. No audit, no access: {@link #record} runs in the caller's transaction, so if the
 * entry cannot be written the request fails and nothing it did is kept.
 * <p>
 * Appending takes no lock, so audited requests do not wait for one another: an entry is inserted
 * unsealed, and {@link #seal()} - run by {@link AuditSealer} as soon as the access commits, and
 * every half second besides - integrates the committed unsealed entries into the hash chain in
 * order and in batches, one instance of the service at a time, as a transparency log's sequencer
 * integrates queued leaves. Verification covers the sealed chain; an entry left unsealed for longer
 * than {@code platform.audit.seal-overdue} is itself a finding.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    static final String GENESIS = "0".repeat(64);
    /** Held by the one sequencer sealing entries at a time, across the service's instances. */
    public static final long SEQUENCER_LOCK = 0x46534d41554449L;

    private static final int SEAL_BATCH = 500;
    /** The only profile in which the audit write may be switched off: a benchmark's audit-off baseline. */
    static final String BENCH_PROFILE = "bench";

    private final EntityManager entityManager;
    private final Caller caller;
    private final Duration sealOverdue;
    private final Event<AuditAppended> appended;
    private final TransactionSynchronizationRegistry transactions;
    private final boolean write;

    public AuditTrail(
            EntityManager entityManager,
            Caller caller,
            Event<AuditAppended> appended,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "platform.audit.seal-overdue", defaultValue = "30s") Duration sealOverdue,
            @ConfigProperty(name = "platform.audit.write", defaultValue = "true") boolean write) {
        if (!write && !ConfigUtils.getProfiles().contains(BENCH_PROFILE)) {
            throw new IllegalStateException(
                    "platform.audit.write=false is a benchmark's baseline: it is refused outside the '" + BENCH_PROFILE
                            + "' profile");
        }
        this.write = write;
        this.entityManager = entityManager;
        this.caller = caller;
        this.appended = appended;
        this.transactions = transactions;
        this.sealOverdue = sealOverdue;
    }

    /** Made at start-up, so a refused setting stops the service before it answers anyone. */
    void checkedAtStart(@Observes StartupEvent start) {
        if (!write) {
            LOG.warn("The audit write is switched off (profile 'bench'): this instance is a benchmark's baseline, "
                    + "never for real use");
        }
    }

    /** Fired in the transaction that appended an entry; observed after it commits, to seal at once. */
    public record AuditAppended() {}

    /** An allowed access, in the transaction of the access itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordType, String recordId, String childId) {
        append(action, recordType, List.of(new Accessed(recordId, childId)), "ALLOWED");
    }

    /** A record an access touched, and the child it concerns (null when none). */
    public record Accessed(String recordId, String childId) {}

    /**
     * Allowed accesses to many records at once (an export, a return), in the transaction of the access: the same
     * entries as {@link #record} one at a time, appended in the order given with one statement instead of one a
     * record, and sealed into the chain afterwards like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(AuditAction action, String recordType, List<Accessed> records) {
        append(action, recordType, records, "ALLOWED");
    }

    /** A refused attempt, kept even though the request's own work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(AuditAction action, String recordType, String recordId, String childId) {
        append(action, recordType, List.of(new Accessed(recordId, childId)), "DENIED");
    }

    /** Who accessed records of this child, oldest first (sealed or not yet). */
    @Transactional
    public List<AuditEntry> forChild(String childId, int page, int size) {
        return entityManager
                .createQuery("from AuditEntry e where e.childId = :child order by e.id", AuditEntry.class)
                .setParameter("child", childId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many entries concern this child. */
    @Transactional
    public long countForChild(String childId) {
        return entityManager
                .createQuery("select count(e) from AuditEntry e where e.childId = :child", Long.class)
                .setParameter("child", childId)
                .getSingleResult();
    }

    /**
     * Walks the chain and returns the sequence number of the first entry that was altered, or that
     * follows a removed one; empty when the log is intact.
     */
    @Transactional
    public Optional<Long> verify() {
        return Optional.ofNullable(walk(0).firstBroken());
    }

    /**
     * Walks the whole chain and also checks that the head seen by the previous intact verification
     * is still there with the same hash, so entries removed from the end are found too. An intact
     * result is kept as the next checkpoint ({@code audit_checkpoint}, append-only).
     */
    @Transactional
    public AuditVerification verification() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Optional<String> overdue = overdueUnsealed(now);
        List<?> latest = entityManager
                .createNativeQuery("select seq, hash from audit_checkpoint order by id desc")
                .setMaxResults(1)
                .getResultList();
        Object[] checkpoint = latest.isEmpty() ? null : (Object[]) latest.get(0);
        long previousSeq = checkpoint == null ? 0 : ((Number) checkpoint[0]).longValue();
        Walk walk = walk(previousSeq);
        if (walk.firstBroken() != null) {
            return new AuditVerification(
                    false,
                    walk.headSeq(),
                    walk.firstBroken(),
                    "entry " + walk.firstBroken() + " was altered, or an entry before it was removed",
                    walk.headSeq(),
                    walk.headHash(),
                    previousSeq,
                    now);
        }
        if (checkpoint != null) {
            if (walk.headSeq() < previousSeq) {
                return new AuditVerification(
                        false,
                        walk.headSeq(),
                        walk.headSeq() + 1,
                        "entries " + (walk.headSeq() + 1) + " to " + previousSeq
                                + " were seen by the previous verification and are gone",
                        walk.headSeq(),
                        walk.headHash(),
                        previousSeq,
                        now);
            }
            if (!checkpoint[1].equals(walk.rememberedHash())) {
                return new AuditVerification(
                        false,
                        walk.headSeq(),
                        previousSeq,
                        "entry " + previousSeq
                                + " no longer has the hash the previous verification saw: the log was rewritten",
                        walk.headSeq(),
                        walk.headHash(),
                        previousSeq,
                        now);
            }
        }
        if (overdue.isPresent()) {
            return new AuditVerification(
                    false, walk.headSeq(), null, overdue.get(), walk.headSeq(), walk.headHash(), previousSeq, now);
        }
        entityManager
                .createNativeQuery("insert into audit_checkpoint (verified_at, seq, hash) values (:at, :seq, :hash)")
                .setParameter("at", now)
                .setParameter("seq", walk.headSeq())
                .setParameter("hash", walk.headHash())
                .executeUpdate();
        return new AuditVerification(
                true, walk.headSeq(), null, null, walk.headSeq(), walk.headHash(), previousSeq, now);
    }

    /**
     * The verification an auditor of one council is given, cheap enough to ask often: it walks only
     * from the last checkpoint (which a full walk, {@link #verification}, writes on a schedule) to the
     * head, re-hashing the checkpoint's own entry, and writes nothing. It tells the council nothing of
     * other councils: no counts, no head; where the first broken entry is another organisation's, only
     * that the log is not intact.
     */
    /** {@link #verificationFor} the caller's own council. */
    @Transactional
    public CouncilAuditVerification verificationForCaller() {
        return verificationFor(caller.council().orElse(null));
    }

    @Transactional
    public CouncilAuditVerification verificationFor(String council) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<?> latest = entityManager
                .createNativeQuery("select seq, hash, verified_at from audit_checkpoint order by id desc")
                .setMaxResults(1)
                .getResultList();
        Object[] checkpoint = latest.isEmpty() ? null : (Object[]) latest.get(0);
        long from = checkpoint == null ? 0 : ((Number) checkpoint[0]).longValue();
        String fromHash = checkpoint == null ? GENESIS : (String) checkpoint[1];
        Instant fullAt = checkpoint == null ? null : toInstant(checkpoint[2]);
        Long broken = walkTail(from, fromHash);
        if (broken == null) {
            Optional<String> overdue = overdueUnsealed(now);
            return overdue.isEmpty()
                    ? new CouncilAuditVerification(true, null, null, now, fullAt)
                    : new CouncilAuditVerification(
                            false,
                            "entries of the log were not sealed into its chain in time; "
                                    + "the platform's operators are told",
                            null,
                            now,
                            fullAt);
        }
        boolean ours = council != null
                && entityManager
                                .createQuery(
                                        "select count(e) from AuditEntry e where e.seq = :seq and e.organisation = :council",
                                        Long.class)
                                .setParameter("seq", broken)
                                .setParameter("council", council)
                                .getSingleResult()
                        > 0;
        return ours
                ? new CouncilAuditVerification(
                        false,
                        "entry " + broken + " of your council was altered, or an entry before it was removed",
                        broken,
                        now,
                        fullAt)
                : new CouncilAuditVerification(
                        false, "the log is not intact; the platform's operators are told", null, now, fullAt);
    }

    /** The first broken entry from the checkpoint on (the checkpoint's own entry included), or null. */
    private Long walkTail(long from, String fromHash) {
        String previous = from == 0 ? GENESIS : null;
        long expectedSeq = from == 0 ? 1 : from;
        var entries = entityManager
                .createQuery("from AuditEntry e where e.seq >= :from order by e.seq", AuditEntry.class)
                .setParameter("from", Math.max(from, 1))
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
            boolean linked = previous == null ? entry.hash.equals(fromHash) : entry.previousHash.equals(previous);
            if (entry.seq != expectedSeq || !linked || !entry.hash.equals(hash(entry))) {
                return entry.seq != expectedSeq ? expectedSeq : entry.seq;
            }
            previous = entry.hash;
            entityManager.detach(entry);
            expectedSeq++;
        }
        // the checkpoint's entry itself is gone, or entries up to it were removed from the end
        return from > 0 && previous == null ? from : null;
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> null;
        };
    }

    /**
     * What one pass found: the last intact entry (every entry up to it was walked), the first broken
     * one if any, and the hash of the entry the caller asked to remember.
     */
    private record Walk(long headSeq, Long firstBroken, String headHash, String rememberedHash) {}

    /** One pass over the chain, streaming; remembers the hash at {@code remember} (0: the genesis). */
    private Walk walk(long remember) {
        String remembered = remember == 0 ? GENESIS : null;
        String previous = GENESIS;
        long expectedSeq = 1;
        var entries = entityManager
                .createQuery("from AuditEntry e where e.seq is not null order by e.seq", AuditEntry.class)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
            if (entry.seq != expectedSeq || !entry.previousHash.equals(previous) || !entry.hash.equals(hash(entry))) {
                return new Walk(expectedSeq - 1, entry.seq, previous, remembered);
            }
            if (entry.seq == remember) {
                remembered = entry.hash;
            }
            previous = entry.hash;
            entityManager.detach(entry);
            expectedSeq++;
        }
        return new Walk(expectedSeq - 1, null, previous, remembered);
    }

    /**
     * Integrates committed unsealed entries into the chain, in the order they were appended, one batch
     * per transaction, until none is left; returns how many were sealed. Does nothing while another
     * instance of the service is sealing (it seals these too).
     */
    public int seal() {
        int sealed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::sealBatch);
            sealed += batch;
        } while (batch == SEAL_BATCH);
        return sealed;
    }

    private int sealBatch() {
        if (!Transactions.tryAdvisoryLock(entityManager, SEQUENCER_LOCK)) {
            return 0;
        }
        List<AuditEntry> unsealed = entityManager
                .createQuery("from AuditEntry e where e.seq is null order by e.id", AuditEntry.class)
                .setMaxResults(SEAL_BATCH)
                .getResultList();
        if (unsealed.isEmpty()) {
            return 0;
        }
        Object[] head = entityManager
                .createQuery(
                        "select e.seq, e.hash from AuditEntry e where e.seq is not null order by e.seq desc",
                        Object[].class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(new Object[] {0L, GENESIS});
        long seq = (Long) head[0];
        String previous = (String) head[1];
        for (AuditEntry entry : unsealed) {
            entry.seq = ++seq;
            entry.previousHash = previous;
            entry.hash = hash(entry);
            previous = entry.hash;
        }
        entityManager.flush();
        return unsealed.size();
    }

    /** A finding when an entry has waited longer than {@code platform.audit.seal-overdue} to be sealed. */
    private Optional<String> overdueUnsealed(Instant now) {
        Object[] found = (Object[]) entityManager
                .createNativeQuery(
                        "select count(*), min(id) from audit_entry where seq is null and occurred_at < :before")
                .setParameter("before", now.minus(sealOverdue))
                .getSingleResult();
        long count = ((Number) found[0]).longValue();
        return count == 0
                ? Optional.empty()
                : Optional.of(
                        count + " entr" + (count == 1 ? "y was" : "ies were") + " not sealed into the chain within "
                                + sealOverdue.toSeconds() + " s (the oldest appended as id " + found[1] + ")");
    }

    /**
     * Appends one entry a record, unsealed, in the order given, with one statement: inserted at once (ids come from
     * the database), so a refused entry fails the access here, and with no flush of the persistence context, which
     * grows with every entity a long export holds. The database keeps microseconds; the sealer hashes what it reads
     * back.
     */
    private void append(AuditAction action, String recordType, List<Accessed> records, String outcome) {
        if (!write || records.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        String username = caller.username();
        String roles = String.join(",", new TreeSet<>(caller.roles()));
        String organisation = caller.organisation();
        String requestId = caller.requestId();
        String[] recordIds = records.stream().map(Accessed::recordId).toArray(String[]::new);
        String[] childIds = records.stream().map(Accessed::childId).toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_entry (occurred_at, username, roles, organisation, record_type, record_id, child_id,
                                             action, outcome, request_id)
                    select ?, ?, ?, ?, ?, r.record_id, r.child_id, ?, ?, ?
                    from unnest(?::text[], ?::text[]) with ordinality as r(record_id, child_id, n)
                    order by r.n""")) {
                insert.setObject(1, at);
                insert.setString(2, username);
                insert.setString(3, roles);
                insert.setString(4, organisation);
                insert.setString(5, recordType);
                insert.setString(6, action.name());
                insert.setString(7, outcome);
                insert.setString(8, requestId);
                insert.setArray(9, connection.createArrayOf("text", recordIds));
                insert.setArray(10, connection.createArrayOf("text", childIds));
                int inserted = insert.executeUpdate();
                if (inserted != records.size()) {
                    throw new SQLException(inserted + " audit entries appended of " + records.size());
                }
            }
        });
        // once per transaction: the sealer takes all it appended
        Transactions.fireOncePerTransaction(transactions, appended, new AuditAppended());
    }

    static String hash(AuditEntry entry) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(entry.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
