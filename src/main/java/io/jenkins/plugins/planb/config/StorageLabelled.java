package io.jenkins.plugins.planb.config;

/** An item whose work runs on the storage agent a label names, so its forms can reach that agent. */
public interface StorageLabelled {

    /** The label expression of the storage agent, with every inherited default applied. */
    String storageLabel();
}
