import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does what the ALTCHA widget does in a patient's browser, for trying the API from a shell: reads a challenge
 * from GET /questions/challenge on standard input and prints the value for the form field "altcha".
 *
 *   curl -s localhost:8080/questions/challenge | java src/dev/SolveChallenge.java
 *
 * Needs only a JDK (run as a single source file). The service itself creates and checks challenges with the
 * org.altcha:altcha library; this brute-force loop stands in for the widget's JavaScript.
 */
public class SolveChallenge {

    public static void main(String[] args) throws Exception {
        String json = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        String algorithm = field(json, "algorithm");
        String challenge = field(json, "challenge");
        String salt = field(json, "salt");
        String signature = field(json, "signature");
        long maxNumber = Long.parseLong(field(json, "maxnumber"));
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        for (long n = 0; n <= maxNumber; n++) {
            byte[] hash = digest.digest((salt + n).getBytes(StandardCharsets.UTF_8));
            if (HexFormat.of().formatHex(hash).equals(challenge)) {
                String payload = "{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + challenge + "\",\"number\":"
                        + n + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
                System.out.println(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
                return;
            }
        }
        System.err.println("No solution up to maxnumber: is this a challenge from GET /questions/challenge?");
        System.exit(1);
    }

    /** The value of a top-level string or number field; challenges are flat objects. */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|([0-9]+))").matcher(json);
        if (!value.find()) {
            throw new IllegalArgumentException("The challenge has no field '" + name + "'");
        }
        return value.group(2) != null ? value.group(2) : value.group(3);
    }
}
