package org.familysafeguarding.platform.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchConditions.implement;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout and names every service follows (docs/architecture.md), checked against the service's classes: the
 * rules are written once here and each service's {@code ArchitectureTest} extends this with its name.
 */
public abstract class FollowsTheServiceLayout {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The service's root package below {@code org.familysafeguarding}, e.g. {@code caseload}. */
    protected abstract String service();

    private String root() {
        return "org.familysafeguarding." + service();
    }

    private JavaClasses imported() {
        return IMPORTED.computeIfAbsent(
                root(),
                root -> new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(root));
    }

    private String in(String layer) {
        return root() + "." + layer + "..";
    }

    @Test
    void the_domain_imports_nothing_from_the_outer_layers() {
        noClasses()
                .that()
                .resideInAPackage(in("domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(in("rest"), in("messaging"), in("service"))
                .check(imported());
    }

    @Test
    void no_package_cycles() {
        slices().matching(root() + ".(**)").should().beFreeOfCycles().check(imported());
    }

    @Test
    void resources_reach_the_database_only_through_the_domain_and_use_cases() {
        noClasses()
                .that()
                .resideInAPackage(in("rest"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", in("messaging"))
                .check(imported());
    }

    @Test
    void use_cases_publish_through_a_port_and_never_take_a_wire_record() {
        noClasses()
                .that()
                .resideInAnyPackage(in("service"), in("domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root() + ".messaging", in("messaging.inbound"))
                .check(imported());
    }

    @Test
    void read_models_follow_their_owners_events_and_nothing_else() {
        // a directory applies the owner's event to its copy field for field, so it reads the inbound copy itself
        noClasses()
                .that()
                .resideInAPackage(in("readmodel"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(in("rest"), in("service"), root() + ".messaging", in("messaging.event"))
                .allowEmptyShould(true)
                .check(imported());
    }

    @Test
    void an_inbound_copy_depends_on_nothing_of_the_service() {
        // a tolerant copy of another service's event reads the wire and nothing else; consumers map it inward
        noClasses()
                .that()
                .resideInAPackage(in("messaging.inbound"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(in("service"), in("domain"), in("readmodel"), in("rest"))
                .allowEmptyShould(true)
                .check(imported());
    }

    @Test
    void nothing_sits_in_the_root_of_the_domain() {
        noClasses().should().resideInAPackage(root() + ".domain").check(imported());
    }

    @Test
    void repositories_live_with_their_entities_one_a_file() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .and()
                .areTopLevelClasses()
                .should()
                .resideInAnyPackage(in("domain"), in("readmodel"))
                .check(imported());
        noClasses()
                .that()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Repositories")
                .check(imported());
    }

    @Test
    void use_cases_are_named_for_their_work_not_for_their_kind() {
        noClasses()
                .that()
                .resideInAnyPackage(in("service"), in("readmodel"))
                .should()
                .haveSimpleNameEndingWith("Service")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .check(imported());
    }

    @Test
    void request_and_response_records_are_one_a_file_and_say_which_they_are() {
        classes()
                .that()
                .resideInAPackage(in("rest.dto"))
                .and()
                .areRecords()
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Request")
                .orShould()
                .haveSimpleNameEndingWith("Response")
                .check(imported());
        noClasses()
                .that()
                .resideInAPackage(in("rest.dto"))
                .should()
                .haveSimpleNameEndingWith("Dtos")
                .check(imported());
    }

    @Test
    void published_events_are_records_under_one_sealed_interface() {
        classes()
                .that()
                .resideInAPackage(root() + ".messaging.event")
                .and()
                .areTopLevelClasses()
                .and()
                .areNotInterfaces()
                .should()
                .beRecords()
                .andShould(implement(describe(
                        "the service's sealed event interface",
                        (JavaClass type) ->
                                type.isInterface() && type.getPackageName().equals(root() + ".messaging.event"))))
                .check(imported());
    }
}
