package org.familysafeguarding.caseload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.familysafeguarding.caseload");

    @Test
    void the_domain_imports_nothing_from_the_outer_layers() {
        noClasses().that().resideInAPackage("..caseload.domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..caseload.rest..", "..caseload.messaging..", "..caseload.client..", "..caseload.service..")
                .check(SERVICE);
    }

    @Test
    void resources_reach_the_database_only_through_the_domain_and_services() {
        noClasses().that().resideInAPackage("..caseload.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "..caseload.messaging..")
                .check(SERVICE);
    }
}
