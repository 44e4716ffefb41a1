package io.jenkins.plugins.planb.core.storage;

import io.jenkins.plugins.planb.core.exec.Command;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.OutputHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A fake runner for unit tests: records every argv and answers from rules, first match wins. */
final class ScriptedRunner implements CommandRunner {

    private record Rule(Predicate<List<String>> matches, ExecResult result) {}

    private final List<Rule> rules = new ArrayList<>();
    final List<List<String>> calls = new ArrayList<>();

    /** Answers commands whose argv starts with {@code prefix}. */
    ScriptedRunner on(List<String> prefix, ExecResult result) {
        rules.add(new Rule(argv -> argv.size() >= prefix.size() && argv.subList(0, prefix.size()).equals(prefix), result));
        return this;
    }

    ScriptedRunner on(Predicate<List<String>> matches, ExecResult result) {
        rules.add(new Rule(matches, result));
        return this;
    }

    static ExecResult ok(String stdout) {
        return new ExecResult(0, false, stdout, "");
    }

    static ExecResult fails(int code, String stderr) {
        return new ExecResult(code, false, "", stderr);
    }

    @Override
    public ExecResult run(Command command, OutputHandler output) {
        calls.add(command.argv());
        for (Rule rule : rules) {
            if (rule.matches().test(command.argv())) {
                return rule.result();
            }
        }
        return ok("");
    }

    /** Calls whose argv contains {@code word} (e.g. "destroy"), in order. */
    List<List<String>> callsWith(String word) {
        return calls.stream().filter(argv -> argv.contains(word)).toList();
    }
}
