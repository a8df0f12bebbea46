import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the local broker: one SCRAM-SHA-512 user per service and one for the probation
 * integration, each allowed to write only the topics it owns and read only what it consumes (with its
 * consumer group). Run by deploy/local/lib/kafka.sh on each start, as the broker's admin; both steps
 * are idempotent. The same grants are the KafkaUser ACLs of deploy/kubernetes.
 *
 * Usage: java -cp 'KAFKA_CLIENT_JARS/*' KafkaAccess.java ADMIN_CLIENT_PROPERTIES
 * with KAFKA_PARTNERS_PASSWORD, KAFKA_CONTRACTS_PASSWORD, KAFKA_CASELOAD_PASSWORD and
 * KAFKA_PROBATION_PASSWORD in the environment.
 */
public class KafkaAccess {

    record Grant(String user, List<String> writes, List<String> reads, List<String> groupPrefixes) {
    }

    static final List<Grant> GRANTS = List.of(
            new Grant("partners", List.of("partners.events"), List.of(), List.of()),
            new Grant("contracts", List.of("contracts.events", "partners.events.dlq.contracts-service",
                    "caseload.events.dlq.contracts-service"), List.of("partners.events", "caseload.events"),
                    List.of("contracts-service")),
            new Grant("caseload", List.of("caseload.events", "caseload.probation-contacts",
                    "partners.events.dlq.caseload-service", "contracts.events.dlq.caseload-service",
                    "hmpps.domain-events.dlq.caseload-service"),
                    List.of("partners.events", "contracts.events", "hmpps.domain-events"), List.of("caseload-service")),
            // the probation service's side of the exchange (and the end-to-end tests that play it)
            new Grant("probation", List.of("hmpps.domain-events"), List.of("caseload.probation-contacts"),
                    List.of("probation-", "e2e-")));

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        try (var in = new FileInputStream(args[0])) {
            config.load(in);
        }
        try (Admin admin = Admin.create(config)) {
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (Grant grant : GRANTS) {
                users.add(new UserScramCredentialUpsertion(grant.user(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(grant.user())));
            }
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get();
            List<AclBinding> acls = new ArrayList<>();
            for (Grant grant : GRANTS) {
                String principal = "User:" + grant.user();
                for (String topic : grant.writes()) {
                    acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
                    acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
                }
                for (String topic : grant.reads()) {
                    acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
                    acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
                }
                for (String group : grant.groupPrefixes()) {
                    acls.add(allow(principal, ResourceType.GROUP, group,
                            group.endsWith("-") ? PatternType.PREFIXED : PatternType.LITERAL, AclOperation.READ));
                }
            }
            admin.createAcls(acls).all().get();
            System.out.printf("%d users, %d ACLs%n", users.size(), acls.size());
        }
    }

    static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    static String password(String user) throws IOException {
        String value = System.getenv("KAFKA_" + user.toUpperCase() + "_PASSWORD");
        if (value == null || value.isBlank()) {
            throw new IOException("KAFKA_" + user.toUpperCase() + "_PASSWORD is not set");
        }
        return value;
    }
}
