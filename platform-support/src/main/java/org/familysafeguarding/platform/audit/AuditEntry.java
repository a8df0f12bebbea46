package org.familysafeguarding.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log. It is appended unsealed (its {@code id} in append order)
 * and sealed soon after by {@link AuditTrail#seal()}: given its place in the chain ({@code seq}) and
 * the hash of the entry before, so an altered or removed sealed entry breaks the chain (see
 * {@link AuditTrail#verify()}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The entry's place in the chain; null until it is sealed. */
    public Long seq;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    /** The child the record concerns, when there is one, so "who looked at this child" is one query. */
    @Column(name = "child_id")
    public String childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    /** ALLOWED or DENIED. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    /** The hash of the entry before it in the chain; null until sealed. */
    @Column(name = "previous_hash")
    public String previousHash;

    /** Null until sealed. */
    public String hash;

    public boolean sealed() {
        return seq != null;
    }

    /** The fields the hash covers, in a fixed order. */
    String canonical() {
        return String.join(
                "|",
                Long.toString(seq),
                occurredAt.toString(),
                username,
                roles,
                organisation,
                recordType,
                recordId,
                childId == null ? "" : childId,
                action.name(),
                outcome,
                requestId,
                previousHash);
    }
}
