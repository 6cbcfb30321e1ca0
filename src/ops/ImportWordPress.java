import java.io.Console;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a WordPress site into a running service from a shell, as an admin, and prints the progress until the
 * import has finished (README: moving from WordPress).
 *
 *   CLINIC_ADMIN_PASSWORD=... java src/ops/ImportWordPress.java --api https://api.clinic.example \
 *       --site https://www.clinic.example [--publish] [--pages] [--report report.json]
 *   ... --file wordpress-export.xml (instead of --site)
 *
 * CLINIC_ADMIN_USER is the admin's name (default admin); without CLINIC_ADMIN_PASSWORD the password is asked for.
 * Exits 0 when the import succeeded (the report may still list items to look at), 1 when it failed, 2 on bad usage.
 * Needs only a JDK (run as a single source file); it calls POST /imports/wordpress and GET /imports/{id}.
 */
public class ImportWordPress {

    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");
    private static final Pattern FAILURE = Pattern.compile("\"failure\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final List<String> KINDS = List.of("articles", "media", "authors", "references", "redirects");
    private static final Pattern COUNT = Pattern.compile("\"(total|created|updated|unchanged|skipped|failed)\":(\\d+)");
    private static final Pattern NOTED = Pattern.compile("\"notes\":\\[");

    public static void main(String[] args) throws Exception {
        String api = "http://localhost:8080";
        String site = null;
        Path file = null;
        Path report = null;
        boolean publish = false;
        boolean pages = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--api" -> api = value(args, ++i).replaceFirst("/+$", "");
                case "--site" -> site = value(args, ++i);
                case "--file" -> file = Path.of(value(args, ++i));
                case "--report" -> report = Path.of(value(args, ++i));
                case "--publish" -> publish = true;
                case "--pages" -> pages = true;
                default -> usage("unknown option " + args[i]);
            }
        }
        if ((site == null) == (file == null)) {
            usage("give either --site or --file");
        }
        String user = System.getenv().getOrDefault("CLINIC_ADMIN_USER", "admin");
        String password = System.getenv("CLINIC_ADMIN_PASSWORD");
        if (password == null) {
            Console console = System.console();
            if (console == null) {
                usage("set CLINIC_ADMIN_PASSWORD (no terminal to ask for it)");
            }
            password = new String(console.readPassword("Password of %s: ", user));
        }
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        HttpRequest.Builder start = HttpRequest.newBuilder().header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2));
        if (site != null) {
            start.uri(URI.create(api + "/imports/wordpress")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"siteUrl\":\"" + escaped(site) + "\",\"publish\":"
                            + publish + ",\"includePages\":" + pages + "}"));
        } else {
            start.uri(URI.create(api + "/imports/wordpress?publish=" + publish + "&includePages=" + pages))
                    .header("Content-Type", "application/rss+xml").POST(HttpRequest.BodyPublishers.ofFile(file));
        }
        HttpResponse<String> started = http.send(start.build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            System.err.println("The service refused the import (" + started.statusCode() + "): " + started.body());
            System.exit(1);
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        URI job = URI.create(api).resolve(location);
        System.out.println("Import queued: " + job);

        String body = started.body();
        String last = "";
        while (true) {
            String state = find(STATE, body);
            String line = state + "  " + progress(body);
            if (!line.equals(last)) {
                System.out.println(line);
                last = line;
            }
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                break;
            }
            Thread.sleep(1000);
            body = http.send(HttpRequest.newBuilder(job).header("Authorization", authorization)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        long noted = NOTED.matcher(body).results().count();
        System.out.println(noted + " item(s) have notes for an editor: GET " + job + " lists them.");
        if (report != null) {
            Files.writeString(report, body);
            System.out.println("The whole report is in " + report + ".");
        }
        if (find(STATE, body).equals("FAILED")) {
            System.out.println("Failed: " + find(FAILURE, body).replace("\\\"", "\""));
            System.exit(1);
        }
    }

    /** "articles 3/3 created 3 | media created 2 | ..." from the job's progress. */
    private static String progress(String body) {
        List<String> kinds = new ArrayList<>();
        for (String name : KINDS) {
            Matcher kind = Pattern.compile("\"" + name + "\":\\{([^}]*)\\}").matcher(body);
            if (!kind.find()) {
                continue;
            }
            StringBuilder text = new StringBuilder(name);
            Matcher count = COUNT.matcher(kind.group(1));
            int total = -1;
            int done = 0;
            StringBuilder counts = new StringBuilder();
            while (count.find()) {
                int n = Integer.parseInt(count.group(2));
                if (count.group(1).equals("total")) {
                    total = n;
                } else {
                    done += n;
                    if (n > 0) {
                        counts.append(' ').append(count.group(1)).append(' ').append(n);
                    }
                }
            }
            if (total >= 0) {
                text.append(' ').append(done).append('/').append(total);
            }
            kinds.add(text.append(counts.isEmpty() ? " -" : counts).toString());
        }
        return String.join(" | ", kinds);
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("a value is missing after " + args[i - 1]);
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java src/ops/ImportWordPress.java [--api URL] (--site URL | --file export.xml) "
                + "[--publish] [--pages] [--report FILE]");
        System.exit(2);
    }
}
