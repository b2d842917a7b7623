package io.programoffice.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

/** The layering rules of DESIGN.md, checked on the compiled plugin classes. */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.programoffice", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
    @ArchTest
    static final ArchRule coreIsHostFree = noClasses().that().resideInAPackage("io.programoffice.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "jakarta..", "org.apache.velocity..",
                    "java.sql..", "javax.sql..", "net.java.ao..", "io.programoffice.jira..", "io.programoffice.rest..",
                    "io.programoffice.web..", "io.programoffice.workbench..")
            .because("core is pure Java: the product's logic, tested without a host");

    @ArchTest
    static final ArchRule noJavaxEnterpriseApis = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javax.servlet..", "javax.ws.rs..", "javax.inject..")
            .because("Jira 11 is jakarta-only");

    @ArchTest
    static final ArchRule noComponentAccessor = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .because("dependencies come through constructors");

    @ArchTest
    static final ArchRule onlyAdaptersTouchJira = noClasses().that().resideOutsideOfPackages(
                    "io.programoffice.jira..", "io.programoffice.workbench..", "com.atlassian..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.atlassian.query..",
                    "com.atlassian.activeobjects..", "net.java.ao..")
            .because("Jira objects become core records in the adapters");

    @ArchTest
    static final ArchRule pluginNeverUsesTheWorkbench = noClasses().that().resideOutsideOfPackage("io.programoffice.workbench..")
            .should().dependOnClassesThat().resideInAnyPackage("io.programoffice.workbench..", "org.eclipse.jetty..",
                    "org.glassfish..", "org.h2..", "org.apache.velocity..")
            .because("the workbench and its libraries never ship in the plugin jar");

    @ArchTest
    static final ArchRule layersPointDown = noClasses().that().resideInAnyPackage("io.programoffice.jira..")
            .should().dependOnClassesThat().resideInAnyPackage("io.programoffice.rest..", "io.programoffice.web..");
}
