package io.jenkins.plugins.planb.cli;

/** Placeholder entry point; replaced by the picocli command. */
public final class PlanbCli {
    private PlanbCli() {}

    public static void main(String[] args) {
        System.out.println("planb");
    }
}
