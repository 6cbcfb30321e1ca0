package com.caringmedical.clinic.wordpress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typography WordPress applies when it shows a text (its wptexturize): curly quotes and apostrophes, dashes,
 * ellipses, primes after numbers and the multiplication sign. Its REST API serves texts with it applied, an export
 * file without; applying it to an export's texts makes both give the same article. The rules are WordPress's main
 * ones, applied to one stretch of text at a time as WordPress does (code and preformatted text are left alone by the
 * caller).
 */
final class Typography {

    private static final String SPACE = "[\\s\u00a0]";
    private static final Pattern EM_DASH_SPACED = Pattern.compile("(?<=^|" + SPACE + ")--(?=$|" + SPACE + ")");
    private static final Pattern EN_DASH = Pattern.compile("(?<!xn)--");
    private static final Pattern EN_DASH_SPACED = Pattern.compile("(?<=^|" + SPACE + ")-(?=$|" + SPACE + ")");
    private static final Pattern QUOTED_YEAR = Pattern.compile(
            "'(\\d\\d)(['\"])(?=$|[.,:;!?)}\\-\\]>]|" + SPACE + ")");
    private static final Pattern ABBREVIATED_YEAR = Pattern.compile("'(?=\\d\\d(?:$|(?![%\\d]|[.,]\\d)))");
    private static final Pattern QUOTED_NUMBER_SINGLE = Pattern.compile("(?<=^|" + SPACE + ")'(\\d[.,\\d]*)'");
    private static final Pattern OPENING_SINGLE = Pattern.compile("(?<=^|[(\\[{\"\\-<\u201c]|" + SPACE + ")'");
    private static final Pattern QUOTED_NUMBER_DOUBLE = Pattern.compile("(?<=^|" + SPACE + ")\"(\\d[.,\\d]*)\"");
    private static final Pattern OPENING_DOUBLE = Pattern.compile(
            "(?<=^|[(\\[{\\-<\u2018]|" + SPACE + ")\"(?!" + SPACE + ")");
    private static final Pattern PRIME = Pattern.compile("(?<=\\d)'");
    private static final Pattern DOUBLE_PRIME = Pattern.compile("(?<=\\d)\"");
    private static final Pattern TIMES = Pattern.compile("\\b(\\d[\\d.,]*)x(\\d[\\d.,]*)\\b");

    private Typography() {
    }

    /** One stretch of text (a text node, a title) as WordPress would show it. */
    static String apply(String text) {
        String out = text.replace("...", "\u2026").replace("``", "\u201c").replace("''", "\u201d")
                .replace(" (tm)", " \u2122");
        if (out.indexOf('\'') >= 0) {
            out = QUOTED_YEAR.matcher(out).replaceAll(match -> "\u2019" + match.group(1)
                    + (match.group(2).equals("'") ? "\u2019" : "\u201d"));
            out = ABBREVIATED_YEAR.matcher(out).replaceAll("\u2019");
            out = QUOTED_NUMBER_SINGLE.matcher(out).replaceAll("\u2018$1\u2019");
            out = OPENING_SINGLE.matcher(out).replaceAll("\u2018");
            out = primes(out, PRIME, '\u2018', "\u2032");
            out = out.replace('\'', '\u2019');
        }
        if (out.indexOf('"') >= 0) {
            out = QUOTED_NUMBER_DOUBLE.matcher(out).replaceAll("\u201c$1\u201d");
            out = OPENING_DOUBLE.matcher(out).replaceAll("\u201c");
            out = primes(out, DOUBLE_PRIME, '\u201c', "\u2033");
            out = out.replace('"', '\u201d');
        }
        if (out.indexOf('-') >= 0) {
            out = out.replace("---", "\u2014");
            out = EM_DASH_SPACED.matcher(out).replaceAll("\u2014");
            out = EN_DASH.matcher(out).replaceAll("\u2013");
            out = EN_DASH_SPACED.matcher(out).replaceAll("\u2013");
        }
        if (out.indexOf('x') >= 0) {
            out = TIMES.matcher(out).replaceAll("$1\u00d7$2");
        }
        return out;
    }

    /**
     * A quote right after a digit is a prime (6' 2"), unless a quote of that kind was opened before it and not
     * closed: then it closes that quotation, and is left for the closing rule.
     */
    private static String primes(String text, Pattern prime, char opening, String replacement) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = prime.matcher(text);
        int from = 0;
        while (matcher.find()) {
            String before = text.substring(0, matcher.start());
            boolean open = before.lastIndexOf(opening) > Math.max(before.lastIndexOf(closing(opening)),
                    before.lastIndexOf(matcher.group().charAt(0)));
            out.append(text, from, matcher.start()).append(open ? matcher.group() : replacement);
            from = matcher.end();
        }
        return out.append(text.substring(from)).toString();
    }

    private static char closing(char opening) {
        return opening == '\u2018' ? '\u2019' : '\u201d';
    }
}
