package com.caringmedical.clinic.wordpress;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress shortcodes in a post's saved content, turned into the HTML WordPress would show for them, or taken out
 * with a warning. Only what is certainly a shortcode is touched: the core ones WordPress knows, and any tag with
 * attributes (name="value") or a closing tag. Bracketed text such as "[Epub ahead of print]" or a citation "[4]"
 * stays as it is.
 */
final class Shortcodes {

    private static final Pattern CAPTION = Pattern.compile("(?is)\\[(?:wp_)?caption[^\\]]*\\](.*?)\\[/(?:wp_)?caption\\]");
    private static final Pattern EMBED = Pattern.compile("(?is)\\[embed[^\\]]*\\]\\s*(\\S+?)\\s*\\[/embed\\]");
    private static final Pattern YOUTUBE = Pattern.compile("(?i)\\[youtube[ =]\\s*([^\\]\\s]+)[^\\]]*\\]");
    private static final Pattern PAIRED = Pattern.compile("(?is)\\[([a-z][a-z0-9_-]*)(?:\\s[^\\]]*)?\\](.*?)\\[/\\1\\]");
    private static final Pattern WITH_ATTRIBUTES = Pattern.compile("(?i)\\[([a-z][a-z0-9_-]*)\\s+[^\\]]*=[^\\]]*\\]");
    private static final Pattern CORE = Pattern.compile("(?i)\\[(gallery|audio|video|playlist)\\b[^\\]]*\\]");

    private Shortcodes() {
    }

    static String expand(String html, List<String> warnings) {
        String out = CAPTION.matcher(html).replaceAll(match -> Matcher.quoteReplacement(
                "<figure class=\"wp-caption\">" + match.group(1) + "</figure>"));
        out = EMBED.matcher(out).replaceAll(match -> Matcher.quoteReplacement(
                "<iframe src=\"" + match.group(1).replace("\"", "") + "\"></iframe>"));
        out = YOUTUBE.matcher(out).replaceAll(match -> Matcher.quoteReplacement(
                "<iframe src=\"" + match.group(1).replace("\"", "") + "\"></iframe>"));
        out = removed(CORE, out, warnings, false);
        out = removed(PAIRED, out, warnings, true);
        return removed(WITH_ATTRIBUTES, out, warnings, false);
    }

    /** Takes the shortcodes out (a paired one keeps what it encloses), with one warning per kind. */
    private static String removed(Pattern pattern, String html, List<String> warnings, boolean keepContent) {
        return pattern.matcher(html).replaceAll(match -> {
            String warning = "the shortcode [" + match.group(1).toLowerCase(Locale.ROOT) + "] was taken out"
                    + (keepContent ? ", its text kept" : "");
            if (!warnings.contains(warning)) {
                warnings.add(warning);
            }
            return Matcher.quoteReplacement(keepContent ? match.group(2) : "");
        });
    }
}
