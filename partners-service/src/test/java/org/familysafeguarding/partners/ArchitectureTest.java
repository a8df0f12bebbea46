package org.familysafeguarding.partners;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.familysafeguarding.partners", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_imports_nothing_outward = noClasses()
            .that().resideInAPackage("..partners.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..partners.rest..", "..partners.messaging..", "..partners.client..", "..partners.service..");
}
