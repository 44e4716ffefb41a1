// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/labels/LabelExpression.java.
package hudson.model.labels;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.AutoCompletionCandidates;
import hudson.model.Item;
import hudson.model.Label;
import hudson.util.FormValidation;
import hudson.util.VariableResolver;

public abstract class LabelExpression extends Label {
    protected LabelExpression(String name) { super(name); throw new UnsupportedOperationException(); }
    public String getExpression() { throw new UnsupportedOperationException(); }
    @NonNull public static AutoCompletionCandidates autoComplete(@Nullable String label) { throw new UnsupportedOperationException(); }
    @NonNull public static FormValidation validate(@Nullable String expression) { throw new UnsupportedOperationException(); }
    @NonNull public static FormValidation validate(@Nullable String expression, @CheckForNull Item item) { throw new UnsupportedOperationException(); }
    public static class Not extends LabelExpression {
        public final Label base;
        public Not(Label base) { super(null); throw new UnsupportedOperationException(); }
        public boolean matches(VariableResolver<Boolean> resolver) { throw new UnsupportedOperationException(); }
        public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
        public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    }
    public static class Paren extends LabelExpression {
        public final Label base;
        public Paren(Label base) { super(null); throw new UnsupportedOperationException(); }
        public boolean matches(VariableResolver<Boolean> resolver) { throw new UnsupportedOperationException(); }
        public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
        public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    }
    public abstract static class Binary extends LabelExpression {
        public final Label lhs;
        public final Label rhs;
        protected Binary(Label lhs, Label rhs, LabelOperatorPrecedence op) { super(null); throw new UnsupportedOperationException(); }
        public boolean matches(VariableResolver<Boolean> resolver) { throw new UnsupportedOperationException(); }
        protected abstract boolean op(boolean a, boolean b);
    }
    public static final class And extends Binary {
        public And(Label lhs, Label rhs) { super(null, null, null); throw new UnsupportedOperationException(); }
        protected boolean op(boolean a, boolean b) { throw new UnsupportedOperationException(); }
        public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
        public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    }
    public static final class Or extends Binary {
        public Or(Label lhs, Label rhs) { super(null, null, null); throw new UnsupportedOperationException(); }
        protected boolean op(boolean a, boolean b) { throw new UnsupportedOperationException(); }
        public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
        public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    }
    public static final class Iff extends Binary {
        public Iff(Label lhs, Label rhs) { super(null, null, null); throw new UnsupportedOperationException(); }
        protected boolean op(boolean a, boolean b) { throw new UnsupportedOperationException(); }
        public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
        public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    }
    public static final class Implies extends Binary {
        public Implies(Label lhs, Label rhs) { super(null, null, null); throw new UnsupportedOperationException(); }
        protected boolean op(boolean a, boolean b) { throw new UnsupportedOperationException(); }
        public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
        public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    }
}
