// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java.
package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

public class DomainRequirement implements ExtensionPoint, Serializable {
}
