package io.jenkins.plugins.planb.core.exec;

/** Receives a command's output line by line while it runs. */
public interface OutputHandler {

    void stdout(String line);

    void stderr(String line);

    static OutputHandler discard() {
        return new OutputHandler() {
            @Override
            public void stdout(String line) {}

            @Override
            public void stderr(String line) {}
        };
    }
}
