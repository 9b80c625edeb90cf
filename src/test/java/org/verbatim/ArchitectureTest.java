package org.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "org.verbatim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles =
            slices().matching("org.verbatim.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_extraction_pipeline_is_plain_java =
            noClasses().that().resideInAPackage("org.verbatim.extraction..")
                    .should().dependOnClassesThat().resideOutsideOfPackages("org.verbatim.extraction..", "java..",
                            "org.jsoup..");

    @ArchTest
    static final ArchRule general_language_is_plain_java_over_wordnet =
            noClasses().that().resideInAPackage("org.verbatim.language..")
                    .should().dependOnClassesThat().resideOutsideOfPackages("org.verbatim.language..", "java..",
                            "net.sf.extjwnl..");

    @ArchTest
    static final ArchRule nothing_but_the_security_set_up_imports_a_view =
            noClasses().that().resideOutsideOfPackages("..ui..")
                    .and().doNotHaveFullyQualifiedName("org.verbatim.security.SecurityConfig")
                    .should().dependOnClassesThat().resideInAPackage("org.verbatim..ui..");

    @ArchTest
    static final ArchRule views_go_through_use_cases_not_repositories =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class);
}
