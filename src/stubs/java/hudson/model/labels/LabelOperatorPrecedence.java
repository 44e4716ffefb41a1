// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/labels/LabelOperatorPrecedence.java.
package hudson.model.labels;

public enum LabelOperatorPrecedence {
    ATOM, NOT, AND, OR, IMPLIES;
    public final String str = null;
}
