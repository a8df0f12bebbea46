package org.familysafeguarding.gateway.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.familysafeguarding.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

class CallerBucketsTest {

    private final CallerBuckets buckets = new CallerBuckets(limit(2, 1, Duration.ofMinutes(1)));

    @Test
    void lets_a_caller_spend_its_bucket_then_says_how_long_to_wait() {
        assertThat(buckets.take("client:dashboard")).isZero();
        assertThat(buckets.take("client:dashboard")).isZero();
        long wait = buckets.take("client:dashboard");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1).toNanos());
        assertThat(GatewayProblem.seconds(wait)).isBetween(1L, 60L);
    }

    @Test
    void keeps_each_caller_apart() {
        buckets.take("client:busy");
        buckets.take("client:busy");
        assertThat(buckets.take("client:busy")).isPositive();
        assertThat(buckets.take("client:quiet")).isZero();
    }

    @Test
    void rounds_a_wait_up_to_whole_seconds_and_never_to_zero() {
        assertThat(GatewayProblem.seconds(1)).isEqualTo(1);
        assertThat(GatewayProblem.seconds(1_000_000_000L)).isEqualTo(1);
        assertThat(GatewayProblem.seconds(1_000_000_001L)).isEqualTo(2);
        assertThat(GatewayProblem.seconds(-5)).isEqualTo(1);
    }

    private static GatewayConfig.RateLimit limit(long capacity, long refill, Duration period) {
        return new GatewayConfig.RateLimit() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public long capacity() {
                return capacity;
            }

            @Override
            public long refillTokens() {
                return refill;
            }

            @Override
            public Duration refillPeriod() {
                return period;
            }

            @Override
            public String browserClientId() {
                return "family-safeguarding-web";
            }
        };
    }
}
