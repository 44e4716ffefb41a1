// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/YesNoMaybe.java.
package jenkins;

public enum YesNoMaybe {
    YES, NO, MAYBE;
    public static Boolean toBoolean(YesNoMaybe v) { throw new UnsupportedOperationException(); }
    public Boolean toBool() { throw new UnsupportedOperationException(); }
}
