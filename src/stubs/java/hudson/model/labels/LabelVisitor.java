// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/labels/LabelVisitor.java.
package hudson.model.labels;

public abstract class LabelVisitor<V, P> {
    public abstract V onAtom(LabelAtom a, P param);
    public abstract V onParen(LabelExpression.Paren p, P param);
    public abstract V onNot(LabelExpression.Not p, P param);
    public abstract V onAnd(LabelExpression.And p, P param);
    public abstract V onOr(LabelExpression.Or p, P param);
    public abstract V onIff(LabelExpression.Iff p, P param);
    public abstract V onImplies(LabelExpression.Implies p, P param);
}
