package org.familysafeguarding.caseload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.familysafeguarding.caseload", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_imports_nothing_outward = noClasses()
            .that().resideInAPackage("..caseload.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..caseload.rest..", "..caseload.messaging..", "..caseload.client..", "..caseload.service..");
}
