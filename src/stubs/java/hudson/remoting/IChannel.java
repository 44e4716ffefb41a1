// Compile-only stand-in; signatures from jenkinsci+remoting @ 3355.v388858a_47b_33 : src/main/java/hudson/remoting/IChannel.java.
package hudson.remoting;

interface IChannel {
    Object getProperty(Object key);
    Object waitForProperty(Object key) throws InterruptedException;
}
