// Compile-only stand-in; signatures from jenkinsci+ssh-credentials-plugin @ HEAD : src/main/java/com/cloudbees/jenkins/plugins/sshcredentials/SSHUser.java.
package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;

@Deprecated public interface SSHUser extends StandardUsernameCredentials {
}
