// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Descriptor.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.security.Permission;
import hudson.util.FormValidation.CheckMethod;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.lang.Klass;

public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
    public final transient Class<? extends T> clazz;
    protected Descriptor(Class<? extends T> clazz) { throw new UnsupportedOperationException(); }
    protected Descriptor() { throw new UnsupportedOperationException(); }
    @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getId() { throw new UnsupportedOperationException(); }
    public Class<T> getT() { throw new UnsupportedOperationException(); }
    public String getDescriptorUrl() { throw new UnsupportedOperationException(); }
    public final String getDescriptorFullUrl() { throw new UnsupportedOperationException(); }
    public static String getCurrentDescriptorByNameUrl() { throw new UnsupportedOperationException(); }
    @Deprecated public String getCheckUrl(String fieldName) { throw new UnsupportedOperationException(); }
    public CheckMethod getCheckMethod(String fieldName) { throw new UnsupportedOperationException(); }
    public void calcFillSettings(String field, Map<String, Object> attributes) { throw new UnsupportedOperationException(); }
    public void calcAutoCompleteSettings(String field, Map<String, Object> attributes) { throw new UnsupportedOperationException(); }
    public final String getJsonSafeClassName() { throw new UnsupportedOperationException(); }
    public T newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException { throw new UnsupportedOperationException(); }
    public static <T> T bindJSON(StaplerRequest2 req, Class<T> type, JSONObject src) { throw new UnsupportedOperationException(); }
    public Klass<?> getKlass() { throw new UnsupportedOperationException(); }
    public String getHelpFile() { throw new UnsupportedOperationException(); }
    public String getHelpFile(String fieldName) { throw new UnsupportedOperationException(); }
    public String getHelpFile(Klass<?> clazz, String fieldName) { throw new UnsupportedOperationException(); }
    protected void addHelpFileRedirect(String fieldName, Class<? extends Describable> owner, String fieldNameToRedirectTo) { throw new UnsupportedOperationException(); }
    public final boolean isInstance(T instance) { throw new UnsupportedOperationException(); }
    public final boolean isSubTypeOf(Class type) { throw new UnsupportedOperationException(); }
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException { throw new UnsupportedOperationException(); }
    public String getConfigPage() { throw new UnsupportedOperationException(); }
    public String getGlobalConfigPage() { throw new UnsupportedOperationException(); }
    @NonNull public Permission getRequiredGlobalConfigPagePermission() { throw new UnsupportedOperationException(); }
    protected final String getViewPage(Class<?> clazz, String pageName) { throw new UnsupportedOperationException(); }
    protected List<String> getPossibleViewNames(String baseName) { throw new UnsupportedOperationException(); }
    public synchronized void save() { throw new UnsupportedOperationException(); }
    public synchronized void load() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static URL getStaticHelpUrl(StaplerRequest2 req, Klass<?> c, String suffix) { throw new UnsupportedOperationException(); }
    public static <T> T[] toArray(T... values) { throw new UnsupportedOperationException(); }
    public static <T> List<T> toList(T... values) { throw new UnsupportedOperationException(); }
    public static <T extends Describable<T>> Map<Descriptor<T>, T> toMap(Iterable<T> describables) { throw new UnsupportedOperationException(); }
    public static <T extends Describable<T>> List<T> newInstancesFromHeteroList(StaplerRequest2 req, JSONObject formData, String key, Collection<? extends Descriptor<T>> descriptors) throws FormException { throw new UnsupportedOperationException(); }
    public static <T extends Describable<T>> List<T> newInstancesFromHeteroList(StaplerRequest2 req, Object formData, Collection<? extends Descriptor<T>> descriptors) throws FormException { throw new UnsupportedOperationException(); }
    @CheckForNull public static <T extends Descriptor> T findById(Collection<? extends T> list, String id) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <T extends Descriptor> T findByDescribableClassName(Collection<? extends T> list, String className) { throw new UnsupportedOperationException(); }
    @Deprecated @CheckForNull public static <T extends Descriptor> T find(Collection<? extends T> list, String string) { throw new UnsupportedOperationException(); }
    @Deprecated @CheckForNull public static Descriptor find(String className) { throw new UnsupportedOperationException(); }
    protected static Class self() { throw new UnsupportedOperationException(); }
    public static final class FormException extends Exception implements HttpResponse {
        public FormException(String message, String formField) { throw new UnsupportedOperationException(); }
        public FormException(String message, Throwable cause, String formField) { throw new UnsupportedOperationException(); }
        public FormException(Throwable cause, String formField) { throw new UnsupportedOperationException(); }
        public String getFormField() { throw new UnsupportedOperationException(); }
        public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node) throws IOException, ServletException { throw new UnsupportedOperationException(); }
    }
    public static final class Self {
    }
}
