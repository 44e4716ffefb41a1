package io.jenkins.plugins.planb.acceptance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The browser of the acceptance test: plain {@link HttpClient} against Jenkins on 127.0.0.1, with
 * a cookie jar (the CSRF crumb belongs to the web session) and the crumb on every POST, as the
 * Jenkins pages send it. No redirects are followed, so a test sees what Jenkins answered.
 */
final class JenkinsWeb {

    /** One answer: status, body, and the Location header of a redirect. */
    record Page(int status, String body, String location, String uri) {

        Map<String, Object> json() {
            return Json.object(body);
        }

        String describe() {
            return "HTTP " + status + " for " + uri + (location == null ? "" : " → " + location) + "\n"
                    + Json.abbreviate(body.contains("<html") ? text() : body.strip());
        }

        /** The visible text of an HTML answer from the main panel on (where Jenkins puts errors). */
        String text() {
            String html = body;
            int main = html.indexOf("id=\"main-panel\"");
            if (main >= 0) {
                html = html.substring(Math.max(0, html.lastIndexOf('<', main)));
            }
            html = html.replaceAll("(?is)<(script|style|svg|template)\\b.*?</\\1>", " ");
            return HtmlForm.decode(html.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
        }
    }

    private final String base;
    private final HttpClient client;
    private final Path pages;
    private static int served;
    private String crumbField;
    private String crumb;

    /** {@code pages}: where every answer is kept, numbered, for the report of a failure (null: nowhere). */
    JenkinsWeb(String base, Path pages) {
        this.base = base;
        this.pages = pages;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    String base() {
        return base;
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A form post, {@code application/x-www-form-urlencoded}, as a browser sends it. */
    Page postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return postForm(path, List.copyOf(fields.entrySet()));
    }

    /** A form post of parameters that may repeat, with the crumb as the pages add it. */
    Page postForm(String path, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException {
        ensureCrumb();
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry(crumbField, crumb));
        String body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body);
    }

    /** A {@code config.xml} or {@code createItem} post of an item's XML. */
    Page postXml(String path, String xml) throws IOException, InterruptedException {
        return post(path, "application/xml", xml);
    }

    /** A POST without a body (Build Now, safeExit, …). */
    Page post(String path) throws IOException, InterruptedException {
        return post(path, "application/x-www-form-urlencoded", "");
    }

    private Page post(String path, String contentType, String body) throws IOException, InterruptedException {
        ensureCrumb();
        Page page = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType + "; charset=UTF-8")
                .header(crumbField, crumb)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (page.status() == 403 && page.body().contains("No valid crumb")) {
            throw new IllegalStateException("the CSRF crumb was refused: " + page.describe());
        }
        return page;
    }

    /** Forgets the crumb (a restarted Jenkins issues new ones). */
    void forgetCrumb() {
        crumb = null;
    }

    private void ensureCrumb() throws IOException, InterruptedException {
        if (crumb != null) {
            return;
        }
        Page page = get("crumbIssuer/api/json");
        if (page.status() != 200) {
            throw new IllegalStateException("no CSRF crumb: " + page.describe());
        }
        Map<String, Object> json = page.json();
        crumbField = (String) json.get("crumbRequestField");
        crumb = (String) json.get("crumb");
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(120)).build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Page page = new Page(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null), built.uri().toString());
        if (pages != null) {
            String name = String.format("%03d-%s-%s-%d.txt", ++served, built.method(),
                    built.uri().getRawPath().replaceAll("[^A-Za-z0-9._-]+", "_"), page.status());
            Files.writeString(pages.resolve(name.length() > 150 ? name.substring(0, 150) + ".txt" : name),
                    built.uri() + "\n" + (page.location() == null ? "" : "Location: " + page.location() + "\n")
                            + "\n" + page.body(), StandardCharsets.UTF_8);
        }
        return page;
    }

    private URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
