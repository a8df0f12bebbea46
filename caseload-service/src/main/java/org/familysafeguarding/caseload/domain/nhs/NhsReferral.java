package org.familysafeguarding.caseload.domain.nhs;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.family.Adult;

/**
 * A referral of a parent sent by an NHS trust (a UK Core ServiceRequest), matched to the adult by
 * NHS number and waiting for the family's team to allocate it. The resource is kept as received.
 */
@Entity
@Table(name = "nhs_referral")
public class NhsReferral {

    /** Where the referral stands; allocation is done through the adult's allocations. */
    public enum Status {
        AWAITING_ALLOCATION
    }

    /** What the trust sent, read off the validated resource. */
    public record Received(String priority, Instant authoredOn, String senderReference, String serviceRequest) {}

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String priority;

    @Column(name = "authored_on")
    private Instant authoredOn;

    @Column(name = "sender_ods_code", nullable = false, updatable = false)
    private String senderOdsCode;

    @Column(name = "sender_system", nullable = false, updatable = false)
    private String senderSystem;

    @Column(name = "sender_reference", updatable = false)
    private String senderReference;

    @Column(name = "service_request", nullable = false, updatable = false)
    private String serviceRequest;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NhsReferral() {}

    public static NhsReferral receive(
            Adult adult, Received received, Requester sender, String idempotencyKey, String requestHash, Instant now) {
        var referral = new NhsReferral();
        referral.id = UUID.randomUUID();
        referral.councilCode = adult.councilCode();
        referral.familyId = adult.familyId();
        referral.adultId = adult.id();
        referral.status = Status.AWAITING_ALLOCATION;
        referral.priority = received.priority();
        referral.authoredOn = received.authoredOn();
        referral.senderReference = received.senderReference();
        referral.serviceRequest = received.serviceRequest();
        referral.senderOdsCode = sender.odsCode();
        referral.senderSystem = sender.system();
        referral.idempotencyKey = idempotencyKey;
        referral.requestHash = requestHash;
        referral.receivedAt = now;
        referral.updatedAt = now;
        return referral;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID adultId() {
        return adultId;
    }

    public Status status() {
        return status;
    }

    public String priority() {
        return priority;
    }

    public Instant authoredOn() {
        return authoredOn;
    }

    public String senderOdsCode() {
        return senderOdsCode;
    }

    public String senderSystem() {
        return senderSystem;
    }

    public String senderReference() {
        return senderReference;
    }

    public String serviceRequest() {
        return serviceRequest;
    }

    public String requestHash() {
        return requestHash;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public long version() {
        return version;
    }
}
