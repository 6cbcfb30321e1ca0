package com.caringmedical.clinic.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.caringmedical.clinic.web.problem.Problem;

/**
 * The rules of a body that Bean Validation cannot express: text that is there, links that lead somewhere safe,
 * citations of references the page has, images described or marked decorative, lists one level deep, callouts of
 * paragraphs and lists. Each error names its field from the root of the request, such as
 * {@code body[3].content[1].marks[0].href}.
 */
public final class BodyRules {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9().\\- ]{2,30}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final BodyReferents referents;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private BodyRules(BodyReferents referents) {
        this.referents = referents;
    }

    /** Every rule the body breaks; empty when it breaks none. {@code field} names the body in the request. */
    public static List<Problem.FieldError> check(String field, List<Block> body, BodyReferents referents) {
        BodyRules rules = new BodyRules(referents);
        for (int i = 0; i < body.size(); i++) {
            rules.block(field + "[" + i + "]", body.get(i), false);
        }
        return List.copyOf(rules.errors);
    }

    private void block(String path, Block block, boolean inCallout) {
        if (inCallout && !(block instanceof Block.Paragraph || block instanceof Block.ItemList)) {
            refuse(path, "a callout holds paragraphs and lists only");
        }
        if (block instanceof Block.Paragraph paragraph) {
            text(path + ".content", paragraph.content(), true);
        } else if (block instanceof Block.ItemList list) {
            list(path, list.items(), false);
        } else if (block instanceof Block.Quote quote) {
            text(path + ".content", quote.content(), true);
        } else if (block instanceof Block.Image image) {
            image(path, image);
        } else if (block instanceof Block.Callout callout && !inCallout) {
            for (int i = 0; i < callout.blocks().size(); i++) {
                block(path + ".blocks[" + i + "]", callout.blocks().get(i), true);
            }
        }
    }

    private void list(String path, List<Block.ListItem> items, boolean nested) {
        for (int i = 0; i < items.size(); i++) {
            String item = path + ".items[" + i + "]";
            text(item + ".content", items.get(i).content(), true);
            Block.NestedList sublist = items.get(i).list();
            if (sublist != null && nested) {
                refuse(item + ".list", "lists nest one level deep: an item of a nested list holds no list");
            } else if (sublist != null) {
                list(item + ".list", sublist.items(), true);
            }
        }
    }

    private void image(String path, Block.Image image) {
        boolean described = image.alt() != null && !image.alt().isBlank();
        if (image.markedDecorative() && described) {
            refuse(path + ".alt", "a decorative image has no alt text: leave it out, or set decorative to false");
        } else if (!image.markedDecorative() && !described) {
            refuse(path + ".alt", "must say what the image shows, unless decorative is true");
        }
        if (image.media() != null) {
            referents.refuseMedia(image.media()).ifPresent(why -> refuse(path + ".media", why));
        }
        if (image.caption() != null) {
            text(path + ".caption", image.caption(), false);
        }
    }

    private void text(String path, List<TextRun> runs, boolean required) {
        if (required && runs.stream().allMatch(run -> run.text() == null || run.text().isBlank())) {
            refuse(path, "must have text");
        }
        for (int i = 0; i < runs.size(); i++) {
            TextRun run = runs.get(i);
            if (run != null) {
                marks(path + "[" + i + "].marks", run);
            }
        }
    }

    private void marks(String path, TextRun run) {
        Set<Class<?>> seen = new HashSet<>();
        for (int i = 0; i < run.marks().size(); i++) {
            Mark mark = run.marks().get(i);
            String at = path + "[" + i + "]";
            if (mark != null && !seen.add(mark.getClass())) {
                refuse(at, "repeats a mark of the same type");
            }
            if (mark instanceof Mark.Link link) {
                link(at, link);
            } else if (mark instanceof Mark.Citation citation) {
                citation(at, citation);
            }
        }
        if (run.has(Mark.Link.class) && run.has(Mark.Citation.class)) {
            refuse(path, "a citation links to its reference itself: it cannot be a link too");
        }
    }

    private void citation(String path, Mark.Citation citation) {
        int count = referents.referenceCount();
        if (citation.reference() != null && citation.reference() > count) {
            refuse(path + ".reference", count == 0 ? "cites a reference, but the page has none"
                    : "cites reference " + citation.reference() + ", but the page has " + count);
        }
    }

    private void link(String path, Mark.Link link) {
        if ((link.href() == null) == (link.to() == null)) {
            refuse(path, "needs exactly one of href (an address outside) and to (the clinic's own content)");
        } else if (link.href() != null) {
            refuseHref(link.href()).ifPresent(why -> refuse(path + ".href", why));
        } else if (link.to().kind() != null && link.to().slug() != null) {
            referents.refuseLink(link.to()).ifPresent(why -> refuse(path + ".to", why));
        }
    }

    /** Why an outside address is refused: only web, mail and phone links, written in full. */
    public static Optional<String> refuseHref(String href) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!LINK_SCHEMES.contains(scheme)) {
            return Optional.of("must be an http, https, mailto or tel address");
        }
        boolean complete = switch (scheme) {
            case "http", "https" -> uri.getHost() != null && !uri.getHost().isEmpty();
            case "mailto" -> uri.getSchemeSpecificPart() != null && MAIL.matcher(uri.getSchemeSpecificPart()).matches();
            default -> uri.getSchemeSpecificPart() != null && PHONE.matcher(uri.getSchemeSpecificPart()).matches();
        };
        return complete ? Optional.empty()
                : Optional.of("is not a complete " + scheme + " address");
    }

    private void refuse(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }
}
