package io.jenkins.plugins.planb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.jenkins.plugins.planb.cli.PlanbCli;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three layers of DESIGN.md: the engine knows nothing of Jenkins or of the command, the
 * command knows only the engine, and the Jenkins glue never reaches into the command. The
 * command is compiled apart (src/cli/java into target/cli-classes): it is no part of the plugin.
 */
class ArchitectureTest {

    private static final String[] JENKINS_PACKAGES = {
        "hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "com.cloudbees..", "net.sf.json..",
        "org.jvnet.hudson..", "org.jvnet.localizer..", "jakarta.servlet..", "org.springframework.."
    };

    private static JavaClasses plugin;
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() throws URISyntaxException {
        // The production classes only: the directories Outcome.class (the plugin's classes) and
        // PlanbCli.class (the command's) were compiled into, wherever the build directory is
        // (tests are compiled elsewhere and may use anything).
        Path pluginClasses = locationOf(Outcome.class);
        Path commandClasses = locationOf(PlanbCli.class);
        assertThat(commandClasses).as("the command is compiled apart from the plugin").isNotEqualTo(pluginClasses);
        plugin = new ClassFileImporter().importPath(pluginClasses);
        production = new ClassFileImporter().importPaths(pluginClasses, commandClasses);
        assertThat(production.contain(Outcome.class)).isTrue();
        assertThat(production.contain(PlanbCli.class)).isTrue();
    }

    private static Path locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void thePluginHoldsNoClassOfTheCommand() {
        assertThat(plugin.stream().map(c -> c.getName()).filter(n -> n.startsWith("io.jenkins.plugins.planb.cli.")))
                .as("classes of the command among the plugin's classes").isEmpty();
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
                        "io.jenkins.plugins.planb.core..", "java..", "javax.crypto..",
                        "org.yaml.snakeyaml..", "com.fasterxml.jackson.core..")
                .because("the engine is the bottom layer: it knows neither the command nor the glue")
                .check(production);
    }

    @Test
    void cliUsesOnlyTheEngineAndLibraries() {
        classes().that().resideInAPackage("io.jenkins.plugins.planb.cli..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.jenkins.plugins.planb.cli..", "io.jenkins.plugins.planb.core..", "java..", "javax.crypto..",
                        "picocli..", "org.yaml.snakeyaml..", "com.fasterxml.jackson.core..")
                .check(production);
    }

    /**
     * Mailer is an optional dependency: without it, loading a class that names Mailer or Jakarta
     * Mail fails. Only MailerMail may, and only MailDelivery calls it, after checking that Mailer is there.
     */
    @Test
    void onlyOneClassUsesTheOptionalMailer() {
        noClasses().that().doNotHaveFullyQualifiedName("io.jenkins.plugins.planb.notify.MailerMail")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "jenkins.plugins.mailer..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("hudson.tasks.Mailer")
                .check(plugin);
        noClasses().that().doNotHaveFullyQualifiedName("io.jenkins.plugins.planb.notify.MailDelivery")
                .and().doNotHaveFullyQualifiedName("io.jenkins.plugins.planb.notify.MailerMail")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.jenkins.plugins.planb.notify.MailerMail")
                .check(plugin);
    }

    @Test
    void glueNeverReachesIntoTheCommand() {
        noClasses().that().resideOutsideOfPackages("io.jenkins.plugins.planb.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.planb.cli..")
                .check(production);
    }
}
