package io.jenkins.plugins.planb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three layers of DESIGN.md: the engine knows nothing of Jenkins or of the command, the
 * command knows only the engine, and the Jenkins glue never reaches into the command.
 */
class ArchitectureTest {

    private static final String[] JENKINS_PACKAGES = {
        "hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "com.cloudbees..", "net.sf.json..",
        "org.jvnet.hudson..", "org.jvnet.localizer..", "jakarta.servlet..", "org.springframework.."
    };

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.planb");
    }

    @Test
    void coreImportsNothingFromJenkins() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.planb.core..")
                .should().dependOnClassesThat().resideInAnyPackage(JENKINS_PACKAGES)
                .because("the engine must run and be tested without Jenkins")
                .check(production);
    }

    @Test
    void coreUsesOnlyTheJdkAndItsLibraries() {
        classes().that().resideInAPackage("io.jenkins.plugins.planb.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.jenkins.plugins.planb.core..", "java..",
                        "org.yaml.snakeyaml..", "com.fasterxml.jackson.core..")
                .because("the engine is the bottom layer: it knows neither the command nor the glue")
                .check(production);
    }

    @Test
    void cliUsesOnlyTheEngineAndLibraries() {
        classes().that().resideInAPackage("io.jenkins.plugins.planb.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.jenkins.plugins.planb.cli..", "io.jenkins.plugins.planb.core..", "java..",
                        "picocli..", "org.yaml.snakeyaml..", "com.fasterxml.jackson.core..")
                .check(production);
    }

    @Test
    void glueNeverReachesIntoTheCommand() {
        noClasses().that().resideOutsideOfPackages("io.jenkins.plugins.planb.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.planb.cli..")
                .check(production);
    }
}
