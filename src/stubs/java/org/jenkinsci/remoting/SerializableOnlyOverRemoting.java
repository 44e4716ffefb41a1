// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/org/jenkinsci/remoting/SerializableOnlyOverRemoting.java.
package org.jenkinsci.remoting;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.Channel;
import java.io.NotSerializableException;
import java.io.Serializable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.ProtectedExternally;

public interface SerializableOnlyOverRemoting extends Serializable {
    @NonNull @Restricted(ProtectedExternally.class) default Channel getChannelForSerialization() throws NotSerializableException { throw new UnsupportedOperationException(); }
}
