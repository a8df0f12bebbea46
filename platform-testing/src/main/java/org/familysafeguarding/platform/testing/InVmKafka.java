package org.familysafeguarding.platform.testing;

import java.util.Map;

import io.kroxylicious.testing.kafka.api.KafkaCluster;
import io.kroxylicious.testing.kafka.common.KafkaClusterConfig;
import io.kroxylicious.testing.kafka.common.KafkaClusterExecutionMode;
import io.kroxylicious.testing.kafka.common.KafkaClusterFactory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real single-node KRaft Kafka broker inside the test JVM, one per test run. Messaging is tested
 * against a real broker, never a mock.
 */
public class InVmKafka implements QuarkusTestResourceLifecycleManager {

    private static KafkaCluster cluster;

    @Override
    public synchronized Map<String, String> start() {
        if (cluster == null) {
            cluster = KafkaClusterFactory.create(KafkaClusterConfig.builder()
                    .execMode(KafkaClusterExecutionMode.IN_VM)
                    .kraftMode(true)
                    .brokersNum(1)
                    .brokerConfig("auto.create.topics.enable", "true")
                    .brokerConfig("num.partitions", "3")
                    .build());
            cluster.start();
        }
        return Map.of("kafka.bootstrap.servers", cluster.getBootstrapServers());
    }

    public static String bootstrapServers() {
        return cluster.getBootstrapServers();
    }

    @Override
    public synchronized void stop() {
        // One broker serves every test class of the run; the JVM's exit takes it down.
    }
}
