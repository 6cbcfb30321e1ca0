package com.caringmedical.clinic.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.TextRun;

/** A body's citations renumbered once the post's reference list has become the article's references. */
class CitationNumbersTest {

    private static TextRun cited(int number) {
        return new TextRun("[" + number + "]", new Mark.Citation(number));
    }

    @Test
    void entriesThatBecameOneReferenceShareANumberAndEntriesLeftAsTextStayText() {
        List<Block> body = List.of(
                new Block.Paragraph(List.of(TextRun.plain("Scar tissue"), cited(1), cited(2), TextRun.plain("."))),
                new Block.ItemList(false, List.of(new Block.ListItem(List.of(TextRun.plain("Fusion"), cited(3)),
                        new Block.NestedList(true, List.of(new Block.ListItem(List.of(cited(4)), null)))))),
                new Block.Callout(Block.CalloutKind.NOTE, null,
                        List.of(new Block.Paragraph(List.of(TextRun.plain("See"), cited(4))))));
        // Entry 2 could not be read; entry 4 is the same publication as entry 1.
        int[] numbers = { 0, 1, 0, 2, 1 };

        assertThat(CitationNumbers.renumber(body, n -> numbers[n])).containsExactly(
                new Block.Paragraph(List.of(TextRun.plain("Scar tissue"), cited(1), TextRun.plain("[2]"),
                        TextRun.plain("."))),
                new Block.ItemList(false, List.of(new Block.ListItem(List.of(TextRun.plain("Fusion"), cited(2)),
                        new Block.NestedList(true, List.of(new Block.ListItem(List.of(cited(1)), null)))))),
                new Block.Callout(Block.CalloutKind.NOTE, null,
                        List.of(new Block.Paragraph(List.of(TextRun.plain("See"), cited(1))))));
    }
}
