package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RulesPropertyTest {

    /** Every rule for text that ends up in a path, a pattern or an argument. */
    private static final List<Function<String, Optional<String>>> TEXT_RULES = List.of(
            Rules::absolutePath, Rules::remoteRoot, Rules::pattern, Rules::address, Rules::user,
            Rules::hostName, Rules::groupName, Rules::zfsDataset);

    @Property
    void everyTextRuleRefusesNulAndNewlineAnywhere(
            @ForAll("pathLike") String before, @ForAll("nulOrNewline") String bad, @ForAll("pathLike") String after) {
        String value = before + bad + after;
        for (Function<String, Optional<String>> rule : TEXT_RULES) {
            assertThat(rule.apply(value)).as("rule result for %s", Rules.quote(value)).isPresent();
        }
    }

    @Property
    void remotePathsAndPatternsRefuseShellSubstitution(
            @ForAll("pathLike") String before, @ForAll("substitution") String bad, @ForAll("pathLike") String after) {
        assertThat(Rules.remoteRoot("/" + before + bad + after)).isPresent();
        assertThat(Rules.pattern("x" + before + bad + after)).isPresent();
    }

    @Property
    void nothingStartingWithADashPassesAsAddressUserOrName(@ForAll("pathLike") String rest) {
        String value = "-" + rest;
        assertThat(Rules.address(value)).isPresent();
        assertThat(Rules.user(value)).isPresent();
        assertThat(Rules.hostName(value)).isPresent();
    }

    @Property
    void wellFormedNamesPass(@ForAll("names") String name) {
        assertThat(Rules.hostName(name)).isEmpty();
        assertThat(Rules.groupName(name)).isEmpty();
    }

    @Property
    void wellFormedDnsNamesPass(@ForAll("dnsNames") String name) {
        assertThat(Rules.address(name)).isEmpty();
    }

    @Property
    void everyIpv4AddressPasses(
            @ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
            @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        assertThat(Rules.address(a + "." + b + "." + c + "." + d)).isEmpty();
    }

    @Property
    void octetsAbove255AreRefused(@ForAll @IntRange(min = 256, max = 99999) int big) {
        assertThat(Rules.address("10.0." + big + ".1")).isPresent();
    }

    @Property
    void relativePatternsWithoutParentSegmentsPass(@ForAll("names") String first, @ForAll("names") String second) {
        assertThat(Rules.pattern(first + "/" + second + "*")).isEmpty();
        assertThat(Rules.pattern(first + "/../" + second)).isPresent();
    }

    /** Through the whole reader: a NUL or newline in root, include or exclude names that field. */
    @Property(tries = 200)
    void theReaderNamesTheFieldHoldingAControlCharacter(
            @ForAll("pathLike") String before, @ForAll("nulOrNewline") String bad,
            @ForAll("hostTextFields") String field) {
        String value = (field.equals("root") ? "/" : "x") + before + bad;
        String yamlValue = field.equals("root") ? yamlString(value) : "[" + yamlString(value) + "]";
        String yaml = "storage: { directory: { path: /srv } }\n"
                + "groups: [ { name: g, hosts: [ { name: h, address: h.example, " + field + ": " + yamlValue + " } ] } ]\n";

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.parse(yaml));

        String expectedPath = "groups[0].hosts[0]." + field + (field.equals("root") ? "" : "[0]");
        assertThat(thrown).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly(expectedPath));
    }

    /** A YAML double-quoted string with every non-printable character escaped. */
    private static String yamlString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Provide
    Arbitrary<String> pathLike() {
        return Arbitraries.strings().withChars("abcXYZ019/._- *$()`'\"@:").ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> nulOrNewline() {
        return Arbitraries.of("\0", "\n", "\r\n", "\r");
    }

    @Provide
    Arbitrary<String> substitution() {
        return Arbitraries.of("$(", "`", "$(reboot)", "`id`");
    }

    @Provide
    Arbitrary<String> hostTextFields() {
        return Arbitraries.of("root", "include", "exclude");
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("._-").ofMaxLength(62);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<String> dnsNames() {
        Arbitrary<String> label = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("-").ofMaxLength(20),
                        Arbitraries.strings().withCharRange('a', 'z').ofLength(1))
                .as((a, b, c) -> a + b + c);
        return label.list().ofMinSize(1).ofMaxSize(5).map(labels -> String.join(".", labels));
    }
}
