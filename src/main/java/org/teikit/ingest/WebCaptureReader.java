package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.Block;
import org.teikit.tei.Block.FormulaKind;
import org.teikit.tei.Inline;

/**
 * Reads text captured from an archive's document page (the shape of seed 000): page chrome, a
 * date line, the title, a funder line, the document (opener, head, paragraphs, closer), a summary
 * paragraph, then a "Document Information" block with the archival reference and credits, the
 * rights statement and labelled fields (uploaded date, type, record id, classification, funders)
 * that may be empty.
 */
final class WebCaptureReader implements FormatReader {

    static final String ID = "web-capture";

    private static final Set<String> CHROME = Set.of("skip to content", "skip to main content", "menu", "search",
            "home", "back to top", "print", "share", "download", "download pdf", "main navigation");
    private static final String SECTION = "document information";
    /** Labelled fields of the page and the header field each fills. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("original uploaded date", "uploaded"), Map.entry("uploaded date", "uploaded"),
            Map.entry("record id", "record"), Map.entry("original classification", "classification"),
            Map.entry("classification", "classification"), Map.entry("type", "type"),
            Map.entry("document type", "type"), Map.entry("funders", "funder"), Map.entry("funder", "funder"),
            Map.entry("original language", "language"), Map.entry("language", "language"),
            Map.entry("source url", "url"), Map.entry("url", "url"));
    private static final Pattern RIGHTS = Pattern.compile("(?i).*\\b(reuse|copyright|rights|permission)\\b.*");
    private static final Pattern PUBLISHER = Pattern.compile("^The (.+?) welcomes reuse\\b.*");
    private static final int MIN_SUMMARY_WORDS = 8;

    private final Readers readers;

    WebCaptureReader(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Read read(SourceText source, IngestLog log) {
        MetadataBuilder m = new MetadataBuilder();
        List<SourceBlock> blocks = new ArrayList<>();
        for (SourceBlock b : source.blocks()) {
            if (b.lines().size() == 1 && CHROME.contains(b.flat().toLowerCase(Locale.ROOT))) {
                log.drop("page-chrome", "navigation text of the archive's web page, not part of the document",
                        b.firstLine(), b.flat());
            } else {
                blocks.add(b);
            }
        }
        int section = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).flat().equalsIgnoreCase(SECTION)) {
                section = i;
                log.interpret(blocks.get(i).firstLine(), blocks.get(i).flat(), "start of metadata fields (label)");
                break;
            }
        }
        List<SourceBlock> front = new ArrayList<>(blocks.subList(0, section));
        List<SourceBlock> info = section < blocks.size() ? blocks.subList(section + 1, blocks.size()) : List.of();
        readFront(front, m, log);
        BodyBuilder.Result body = readers.bodies.build(
                front.stream().map(b -> new BodyBuilder.Piece(b, 0)).toList(), Readers.EXPORT, log);
        List<BodyPart> blocksOut = new ArrayList<>(body.blocks());
        readInfo(info, m, log, blocksOut);
        if (m.classification == null && body.classification() != null) {
            m.classification = body.classification();
        }
        return new Read(m, blocksOut, List.of(), body.datelineDate());
    }

    /** Date line, title, funder line and summary; what remains of {@code front} is the document text. */
    private void readFront(List<SourceBlock> front, MetadataBuilder m, IngestLog log) {
        if (!front.isEmpty() && front.get(0).lines().size() == 1
                && readers.dates.parse(front.get(0).flat()).kind() != DateParser.Kind.UNREADABLE) {
            SourceBlock b = front.remove(0);
            m.date = readers.headerDate(b.flat(), b.firstLine(), "creation/date", log);
        }
        if (!front.isEmpty()) {
            SourceBlock b = front.remove(0);
            m.title = b.flat();
            log.interpret(b.firstLine(), b.flat(), "titleStmt/title[@type='main']");
        }
        front.removeIf(b -> {
            Optional<String> funder = readers.citations.funder(b.flat());
            funder.ifPresent(f -> {
                m.funder = f;
                log.interpret(b.firstLine(), b.flat(), "titleStmt/funder");
            });
            return funder.isPresent();
        });
        int signature = lastSignature(front);
        if (signature > 0 && signature < front.size() - 1 && front.subList(signature + 1, front.size()).stream()
                .noneMatch(this::isFormula)) {
            // The document ends at its signature: the paragraphs after it are the summary, however many
            // (only the last was taken, and only when long; the others stayed in the text after the signature).
            List<SourceBlock> summary = new ArrayList<>(front.subList(signature + 1, front.size()));
            front.subList(signature + 1, front.size()).clear();
            for (SourceBlock b : summary) {
                m.summary.add(b.flat());
                log.interpret(b.firstLine(), b.flat(), "abstract/p (a paragraph after the document's signature)");
            }
        } else if (front.size() >= 2) {
            SourceBlock last = front.get(front.size() - 1);
            if (!isFormula(last) && last.flat().split("\\s+").length >= MIN_SUMMARY_WORDS) {
                front.remove(front.size() - 1);
                m.summary.add(last.flat());
                log.interpret(last.firstLine(), last.flat(), "abstract/p (the paragraph before 'Document Information')");
            }
        }
    }

    private boolean isFormula(SourceBlock b) {
        return b.lines().size() == 1 && readers.formulas.classify(b.flat()).isPresent();
    }

    /** The position of the last one-line signature ("Signed: A. Gromov", "/s/ ...") in {@code front}, or -1. */
    private int lastSignature(List<SourceBlock> front) {
        for (int i = front.size() - 1; i >= 0; i--) {
            SourceBlock b = front.get(i);
            if (b.lines().size() == 1 && readers.formulas.classify(b.flat()).filter(k -> k == FormulaKind.SIGNED).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private void readInfo(List<SourceBlock> info, MetadataBuilder m, IngestLog log, List<BodyPart> body) {
        for (int i = 0; i < info.size(); i++) {
            SourceBlock b = info.get(i);
            String text = b.flat();
            String field = LABELS.get(text.toLowerCase(Locale.ROOT).replaceAll(":$", ""));
            if (field != null) {
                SourceBlock next = i + 1 < info.size() ? info.get(i + 1) : null;
                if (next != null && !isLabel(next.flat()) && fill(field, next, m, log)) {
                    log.interpret(b.firstLine(), text, "label of the field on line " + next.firstLine());
                    i++;
                } else {
                    log.drop("empty-field", "a labelled field of the web page with no value", b.firstLine(), text);
                }
            } else if (readers.references.looksLikeReference(text) || readers.citations.credit(text).isPresent()) {
                readers.referenceAndCredits(text, b.firstLine(), m, log);
            } else if (RIGHTS.matcher(text).matches()) {
                m.rights.add(text);
                log.interpret(b.firstLine(), text, "publicationStmt/availability/p");
                Matcher publisher = PUBLISHER.matcher(text);
                if (m.publisher == null && publisher.matches()) {
                    m.publisher = publisher.group(1);
                    log.interpret(b.firstLine(), publisher.group(1), "publicationStmt/publisher (named in the rights statement)");
                }
            } else if (!fill("type", b, m, log) && !fill("classification", b, m, log) && !fill("url", b, m, log)
                    && !sameFunder(b, m, log)) {
                // Not a known field: it stays in the edition, at the end of the text, and the editor is told.
                log.warn(b.firstLine(), 1, "ingest.unclassified",
                        "'" + IngestLog.abbreviate(text) + "' after 'Document Information' is not a known field; "
                                + "it is kept as a paragraph at the end of the text");
                BodyPart p = new BodyPart.Ready(new Block.Paragraph(List.of(new Inline.Text(text))));
                int at = !body.isEmpty() && body.get(body.size() - 1).is(Block.Closer.class) ? body.size() - 1 : body.size();
                body.add(at, p);
            }
        }
    }

    private boolean sameFunder(SourceBlock b, MetadataBuilder m, IngestLog log) {
        String text = b.flat();
        if (m.funder == null && text.matches(".*\\b(Foundation|Fund|Trust|Endowment)\\b.*") && text.length() < 120) {
            m.funder = text;
        }
        if (text.equals(m.funder)) {
            log.interpret(b.firstLine(), text, "titleStmt/funder (value of the Funders field)");
            return true;
        }
        return false;
    }

    private static boolean isLabel(String text) {
        return LABELS.containsKey(text.toLowerCase(Locale.ROOT).replaceAll(":$", ""))
                || text.equalsIgnoreCase(SECTION);
    }

    private boolean fill(String field, SourceBlock value, MetadataBuilder m, IngestLog log) {
        return readers.fillField(field, value.flat(), value.firstLine(), m, log);
    }
}
