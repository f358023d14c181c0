package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.teikit.tei.Block;
import org.teikit.tei.Inline;

/**
 * A table in an archive export, written as Markdown writes one: a row of column labels, a delimiter
 * row ({@code |---|:---:|}), then rows, cells between pipes. It becomes {@code table/row/cell}, as the
 * teikit format's tables do (commonmark reads those); the exports are read line by line, so their
 * tables are recognised here. Only a block whose every line has a cell pipe and whose second line is a
 * delimiter row with as many columns as the first is a table: anything else stays a paragraph.
 */
final class PipeTable {

    /** A pipe that separates cells: one not escaped with a backslash. */
    static final Pattern CELL_PIPE = Pattern.compile("(?<!\\\\)\\|");
    /** One column of a delimiter row: dashes, with a colon at either end for alignment. */
    private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");

    private PipeTable() {
    }

    /** Whether the lines of {@code block} are a table. */
    static boolean is(SourceBlock block) {
        List<String> lines = block.lines();
        if (lines.size() < 2 || !lines.stream().allMatch(l -> CELL_PIPE.matcher(l).find())) {
            return false;
        }
        List<int[]> delimiter = cells(lines.get(1));
        return delimiter.size() == cells(lines.get(0)).size()
                && delimiter.stream().allMatch(c -> DELIMITER_CELL.matcher(lines.get(1).substring(c[0], c[1])).matches());
    }

    /** The table of {@code block} (which {@link #is} one), its cells read by {@code signs}; its layout listed as dropped. */
    static Block.Table read(SourceBlock block, EditorialSigns signs, EditorialSigns.Options options, IngestLog log) {
        log.interpret(block.firstLine(), block.lines().get(0), "table/row/cell");
        List<Block.Row> rows = new ArrayList<>();
        List<String> lines = block.lines();
        int offset = 0; // of the line in the block's text
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = block.firstLine() + i;
            if (i == 1) {
                dropDelimiterRow(log, number, line);
            } else {
                dropPipes(log, number);
                List<List<Inline>> cells = new ArrayList<>();
                for (int[] cell : cells(line)) {
                    String text = line.substring(cell[0], cell[1]);
                    int lead = text.length() - text.stripLeading().length();
                    cells.add(InlineTidy.tidy(signs.parse(text.strip(),
                            EditorialSigns.Locator.of(block, offset + cell[0] + lead), options, log)));
                }
                rows.add(new Block.Row(i == 0, cells));
            }
            offset += line.length() + 1;
        }
        return new Block.Table(rows);
    }

    /** Lists a table's delimiter row ("|---|:---:|") as dropped: it holds nothing but layout. */
    static void dropDelimiterRow(IngestLog log, int line, String written) {
        log.drop("table-delimiter-row", "the delimiter row of a table is layout: the row above it labels the"
                + " columns (row[@role='label'])", line, written.strip());
    }

    /** Lists the pipes of a table's row as dropped (once per row). */
    static void dropPipes(IngestLog log, int line) {
        log.drop("table-pipes", "the pipes that separate a table's cells are layout: each cell is a cell"
                + " (a pipe escaped as \\| is text)", line, "|");
    }

    /** Where the cells of a row line are: start and end offsets between its pipes (the outer ones optional). */
    private static List<int[]> cells(String line) {
        List<Integer> pipes = new ArrayList<>();
        var m = CELL_PIPE.matcher(line);
        while (m.find()) {
            pipes.add(m.start());
        }
        int start = line.isBlank() || line.strip().charAt(0) != '|' ? 0 : pipes.remove(0) + 1;
        boolean closed = line.stripTrailing().endsWith("|") && !line.stripTrailing().endsWith("\\|");
        int end = closed && !pipes.isEmpty() ? pipes.remove(pipes.size() - 1) : line.length();
        List<int[]> cells = new ArrayList<>();
        for (int pipe : pipes) {
            cells.add(new int[] {start, pipe});
            start = pipe + 1;
        }
        cells.add(new int[] {start, end});
        return cells;
    }
}
