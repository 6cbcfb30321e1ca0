package com.caringmedical.clinic.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.TextRun;

/**
 * Renumbers a body's citations once its reference list is known: entry n of the post's list is reference m of the
 * article (two entries of one publication become one reference), or none (an entry that stayed text), and then the
 * citation stays the text it was, "[n]".
 */
final class CitationNumbers {

    private CitationNumbers() {
    }

    /** The body with each citation n renumbered to {@code renumber(n)}, or made text where that is 0. */
    static List<Block> renumber(List<Block> body, IntUnaryOperator renumber) {
        return body.stream().map(block -> block(block, renumber)).toList();
    }

    private static Block block(Block block, IntUnaryOperator renumber) {
        if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(runs(paragraph.content(), renumber));
        }
        if (block instanceof Block.ItemList list) {
            return new Block.ItemList(list.ordered(), items(list.items(), renumber));
        }
        if (block instanceof Block.Quote quote) {
            return new Block.Quote(runs(quote.content(), renumber), quote.attribution());
        }
        if (block instanceof Block.Image image && image.caption() != null) {
            return new Block.Image(image.media(), image.alt(), image.decorative(), runs(image.caption(), renumber));
        }
        if (block instanceof Block.Callout callout) {
            return new Block.Callout(callout.kind(), callout.title(), renumber(callout.blocks(), renumber));
        }
        return block;
    }

    private static List<Block.ListItem> items(List<Block.ListItem> items, IntUnaryOperator renumber) {
        return items.stream().map(item -> new Block.ListItem(runs(item.content(), renumber),
                item.list() == null ? null
                        : new Block.NestedList(item.list().ordered(), items(item.list().items(), renumber))))
                .toList();
    }

    private static List<TextRun> runs(List<TextRun> runs, IntUnaryOperator renumber) {
        List<TextRun> out = new ArrayList<>();
        for (TextRun run : runs) {
            Mark.Citation citation = run.marks().stream().filter(Mark.Citation.class::isInstance)
                    .map(Mark.Citation.class::cast).findFirst().orElse(null);
            if (citation == null) {
                out.add(run);
                continue;
            }
            int number = renumber.applyAsInt(citation.reference());
            out.add(number > 0 ? new TextRun("[" + number + "]", new Mark.Citation(number))
                    : TextRun.plain("[" + citation.reference() + "]"));
        }
        return out;
    }
}
