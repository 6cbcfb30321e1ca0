package com.caringmedical.clinic.wordpress;

import java.util.List;

import com.caringmedical.clinic.body.Block;

/**
 * A post's HTML as blocks, with what an editor should look at (markup that had no block and became text, a link
 * that could not stand) and the entries of its numbered reference list, still as text, for the citation parser.
 */
record MappedPost(List<Block> body, List<String> warnings, List<String> references) {
}
