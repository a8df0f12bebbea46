package org.familysafeguarding.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event waiting to be relayed to Kafka. Written in the same transaction as the state change it
 * describes, so that a committed change always has its event and a rolled-back one never does.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Also the CloudEvent id, so consumers can recognise a redelivery. */
    @Id
    public UUID id;

    /** The Kafka key: one aggregate's events land on one partition and stay in order. */
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    /** The CloudEvent type, e.g. {@code org.familysafeguarding.partners.agency-registered.v1}. */
    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
