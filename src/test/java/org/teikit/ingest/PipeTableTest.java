package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.teikit.tei.Block;
import org.teikit.tei.Inline;

/** Which blocks of an export are tables, and how their cells are cut. */
class PipeTableTest {

    private static SourceBlock block(String text) {
        List<SourceBlock> blocks = SourceText.of("t", text).blocks();
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    @Test
    void onlyAHeaderRowWithADelimiterRowOfAsManyColumnsIsATable() {
        assertThat(PipeTable.is(block("| a | b |\n|---|:-:|\n| c | d |"))).isTrue();
        assertThat(PipeTable.is(block("a | b\n--- | ---"))).as("outer pipes are optional").isTrue();
        assertThat(PipeTable.is(block("The ratio was 3 | 4 in May."))).as("one line").isFalse();
        assertThat(PipeTable.is(block("| a | b |\n| c | d |"))).as("no delimiter row").isFalse();
        assertThat(PipeTable.is(block("| a | b |\n|---|\n| c | d |"))).as("columns differ").isFalse();
        assertThat(PipeTable.is(block("| a | b |\n|---|---|\nno pipe here"))).as("a line without a cell").isFalse();
    }

    @Test
    void cellsAreCutAtUnescapedPipesAndKeepEveryCharacterOfTheirText() {
        IngestLog log = new IngestLog("t");
        EditorialSigns signs = new Readers().signs;
        Block.Table table = PipeTable.read(block("| Port | Ships |\n|---|---|\n| Ostra | 12 \\| 13 |\n| | x |"), signs,
                Readers.EXPORT, log);

        assertThat(table.rows()).extracting(Block.Row::label).containsExactly(true, false, false);
        assertThat(table.rows().get(1).cells()).extracting(PipeTableTest::text).containsExactly("Ostra", "12 | 13");
        assertThat(table.rows().get(2).cells()).extracting(PipeTableTest::text).containsExactly("", "x");
    }

    private static String text(List<Inline> cell) {
        return InlineTidy.plainText(cell);
    }
}
