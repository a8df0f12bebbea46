package org.familysafeguarding.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.familysafeguarding.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_imports_nothing_outward = noClasses()
            .that().resideInAPackage("..contracts.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..contracts.rest..", "..contracts.messaging..", "..contracts.client..", "..contracts.service..");
}
