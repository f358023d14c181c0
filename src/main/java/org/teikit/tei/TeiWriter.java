package org.teikit.tei;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.teikit.tei.Block.Formula;
import org.teikit.tei.Metadata.ArchivalReference;
import org.teikit.tei.Metadata.PublishedSource;
import org.teikit.xml.SecureXml;

/**
 * Writes a {@link TeiDocument} as TEI P5 in the vocabulary of {@code tei/reference/teikit-shape.xml}:
 * indented, deterministic (same model, same bytes), escaped by StAX. Stateless and thread-safe.
 */
public final class TeiWriter {

    /** Written as the publisher when the transcription names none (generated wording, not source text). */
    static final String NO_PUBLISHER = "not named in the transcription";

    static final String SCHEMA_PIS_RNG =
            "href=\"https://teikit.org/schema/1/teikit.rng\" type=\"application/xml\" "
                    + "schematypens=\"http://relaxng.org/ns/structure/1.0\"";
    static final String SCHEMA_PIS_SCH =
            "href=\"https://teikit.org/schema/1/teikit-editorial.sch\" type=\"application/xml\" "
                    + "schematypens=\"http://purl.oclc.org/dsdl/schematron\"";

    /** One factory per thread, made once: looking the implementation up per document was measurable. */
    private static final ThreadLocal<XMLOutputFactory> OUTPUT = ThreadLocal.withInitial(SecureXml::xmlOutputFactory);

    /** Serializes the document; the result starts with the XML declaration and ends with a newline. */
    public String write(TeiDocument document) {
        return write(document.metadata(), document.subtype(), document.body());
    }

    /**
     * Serializes a document given as its parts; {@code body} is iterated once, block by block.
     *
     * @param subtype the div's subtype, or null (see {@link TeiDocument})
     */
    public String write(Metadata metadata, String subtype, Iterable<Block> body) {
        StringWriter buffer = new StringWriter();
        try {
            write(metadata, subtype, body, buffer);
        } catch (IOException e) {
            throw new IllegalStateException("a string buffer does not fail", e);
        }
        return buffer.toString();
    }

    /**
     * Serializes the document as UTF-8 to {@code out}: the same bytes as {@link #write(TeiDocument)},
     * written as they are made. The stream is flushed, not closed.
     */
    public void write(TeiDocument document, OutputStream out) throws IOException {
        write(document.metadata(), document.subtype(), document.body(), out);
    }

    /**
     * Serializes a document given as its parts as UTF-8 to {@code out}, block by block: with a body
     * that makes its blocks as it is iterated (once), the whole document is never held in memory.
     */
    public void write(Metadata metadata, String subtype, Iterable<Block> body, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(metadata, subtype, body, writer);
        writer.flush();
    }

    private static void write(Metadata metadata, String subtype, Iterable<Block> body, Writer out)
            throws IOException {
        try {
            XMLStreamWriter stax = OUTPUT.get().createXMLStreamWriter(out);
            IndentingXml xml = new IndentingXml(stax);
            stax.writeStartDocument("UTF-8", "1.0");
            stax.writeCharacters("\n");
            stax.writeProcessingInstruction("xml-model", SCHEMA_PIS_RNG);
            stax.writeCharacters("\n");
            stax.writeProcessingInstruction("xml-model", SCHEMA_PIS_SCH);
            stax.writeCharacters("\n");
            xml.startRoot("TEI", "xml:lang", metadata.textLanguage());
            new HeaderWriter(xml).write(metadata);
            writeText(xml, subtype, body);
            xml.end();
            stax.writeEndDocument();
            stax.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("StAX failed writing TEI", e);
        }
        out.write('\n');
    }

    private static void writeText(IndentingXml xml, String subtype, Iterable<Block> body) throws XMLStreamException {
        xml.start("text");
        xml.start("body");
        xml.start("div", "type", "document", "subtype", subtype);
        InlineWriter inline = new InlineWriter(xml);
        for (Block block : body) {
            writeBlock(xml, inline, block);
        }
        xml.end();
        xml.end();
        xml.end();
    }

    private static void writeBlock(IndentingXml xml, InlineWriter inline, Block block) throws XMLStreamException {
        if (block instanceof Block.Head head) {
            mixed(xml, inline, "head", head.content());
        } else if (block instanceof Block.Paragraph p) {
            mixed(xml, inline, "p", p.content());
        } else if (block instanceof Block.BlockQuote quote) {
            xml.start("quote");
            for (List<Inline> p : quote.paragraphs()) {
                mixed(xml, inline, "p", p);
            }
            xml.end();
        } else if (block instanceof Block.ItemList list) {
            if (list.numbered()) {
                xml.start("list", "rend", "numbered");
            } else {
                xml.start("list");
            }
            for (int i = 0; i < list.items().size(); i++) {
                if (list.numbered() && list.start() != 1) {
                    mixed(xml, inline, "item", list.items().get(i), "n", String.valueOf(list.start() + i));
                } else {
                    mixed(xml, inline, "item", list.items().get(i));
                }
            }
            xml.end();
        } else if (block instanceof Block.Table table) {
            xml.start("table");
            for (Block.Row row : table.rows()) {
                if (row.label()) {
                    xml.start("row", "role", "label");
                } else {
                    xml.start("row");
                }
                for (List<Inline> cell : row.cells()) {
                    mixed(xml, inline, "cell", cell);
                }
                xml.end();
            }
            xml.end();
        } else if (block instanceof Block.PageBreak pb) {
            xml.emptyBlock("pb", "n", pb.n());
        } else if (block instanceof Block.Opener opener) {
            formulas(xml, inline, "opener", opener.lines());
        } else if (block instanceof Block.Closer closer) {
            formulas(xml, inline, "closer", closer.lines());
        } else {
            throw new IllegalArgumentException("Unknown block " + block);
        }
    }

    private static void formulas(IndentingXml xml, InlineWriter inline, String name, List<Formula> lines)
            throws XMLStreamException {
        xml.start(name);
        for (Formula line : lines) {
            switch (line.kind()) {
                case DATELINE -> mixed(xml, inline, "dateline", line.content());
                case COPY -> mixed(xml, inline, "seg", line.content(), "type", "copy");
                case REGISTRATION -> mixed(xml, inline, "idno", line.content(), "type", "registration");
                case CLASSIFICATION -> mixed(xml, inline, "seg", line.content(), "type", "classification");
                case SIGNED -> mixed(xml, inline, "signed", line.content());
                case RECORDED_BY -> mixed(xml, inline, "seg", line.content(), "type", "recorded-by");
                case DISTRIBUTION -> mixed(xml, inline, "note", line.content(), "type", "distribution");
                default -> throw new IllegalArgumentException("Unknown formula " + line.kind());
            }
        }
        xml.end();
    }

    private static void mixed(IndentingXml xml, InlineWriter inline, String name, List<Inline> content,
                              String... attributes) throws XMLStreamException {
        xml.startMixed(name, attributes);
        inline.write(content);
        xml.endMixed();
    }

    /** The header, in the element order of the reference shape. */
    private record HeaderWriter(IndentingXml xml) {

        void write(Metadata m) throws XMLStreamException {
            xml.start("teiHeader");
            xml.start("fileDesc");
            titleStmt(m);
            publicationStmt(m);
            sourceDesc(m);
            xml.end();
            profileDesc(m);
            xml.start("revisionDesc");
            xml.leaf("change", m.change().description(), "when", m.change().when());
            xml.end();
            xml.end();
        }

        private void titleStmt(Metadata m) throws XMLStreamException {
            xml.start("titleStmt");
            xml.leaf("title", m.title(), "type", "main");
            for (Metadata.Responsibility r : m.responsibilities()) {
                xml.start("respStmt");
                xml.leaf("resp", r.resp());
                xml.leaf(r.organisation() ? "orgName" : "persName", r.name());
                xml.end();
            }
            for (String funder : m.funders()) {
                xml.leaf("funder", funder);
            }
            xml.end();
        }

        private void publicationStmt(Metadata m) throws XMLStreamException {
            xml.start("publicationStmt");
            // TEI wants an agency before the other parts; when the transcription names none, say so
            // in the publisher's place rather than leave an empty element.
            xml.leaf("publisher", m.publisher() == null ? NO_PUBLISHER : m.publisher());
            if (m.sourceUrl() != null) {
                xml.leaf("idno", m.sourceUrl(), "type", "URI");
            }
            if (m.recordId() != null) {
                xml.leaf("idno", m.recordId(), "type", "record");
            }
            if (m.uploaded() != null) {
                date(m.uploaded(), "type", "uploaded");
            }
            if (!m.rights().isEmpty()) {
                xml.start("availability");
                for (String p : m.rights()) {
                    xml.leaf("p", p);
                }
                xml.end();
            }
            xml.end();
        }

        private void sourceDesc(Metadata m) throws XMLStreamException {
            xml.start("sourceDesc");
            ArchivalReference ref = m.archivalReference();
            PublishedSource bibl = m.publishedSource();
            if (ref != null) {
                xml.start("msDesc");
                xml.start("msIdentifier");
                if (ref.repository() != null) {
                    xml.leaf("repository", ref.repository());
                }
                xml.leaf("idno", ref.asWritten());
                for (ArchivalReference.Part part : ref.parts()) {
                    xml.start("altIdentifier", "type", part.type());
                    xml.leaf("idno", part.value(), "type", part.type());
                    xml.end();
                }
                xml.end();
                if (m.acquisition() != null) {
                    xml.start("history");
                    xml.leaf("acquisition", m.acquisition());
                    xml.end();
                }
                xml.end();
            }
            boolean acquisitionInBibl = ref == null && m.acquisition() != null;
            if (bibl != null || acquisitionInBibl) {
                xml.start("bibl");
                if (bibl != null) {
                    bibl(bibl);
                }
                if (acquisitionInBibl) {
                    xml.leaf("note", m.acquisition(), "type", "acquisition");
                }
                xml.end();
            }
            if (ref == null && bibl == null && !acquisitionInBibl) {
                xml.leaf("p", "The transcription names no archival or published source.");
            }
            xml.end();
        }

        private void bibl(PublishedSource b) throws XMLStreamException {
            if (b.author() != null) {
                xml.leaf("author", b.author());
            }
            if (b.title() != null) {
                xml.leaf("title", b.title(), "level", "m");
            }
            if (b.pubPlace() != null) {
                xml.leaf("pubPlace", b.pubPlace());
            }
            if (b.publisher() != null) {
                xml.leaf("publisher", b.publisher());
            }
            if (b.year() != null) {
                xml.leaf("date", b.year(), "when", b.year());
            }
            if (b.pages() != null) {
                xml.leaf("biblScope", b.pages(), "unit", "page", "from", b.pagesFrom(), "to", b.pagesTo());
            }
            xml.leaf("note", b.citation(), "type", "citation");
        }

        private void profileDesc(Metadata m) throws XMLStreamException {
            xml.start("profileDesc");
            if (m.date() != null) {
                xml.start("creation");
                date(m.date());
                xml.end();
            }
            if (!m.languages().isEmpty()) {
                xml.start("langUsage");
                for (Metadata.Language language : m.languages()) {
                    xml.leaf("language", language.name(), "ident", language.ident());
                }
                xml.end();
            }
            if (m.documentType() != null || m.classification() != null) {
                xml.start("textClass");
                keywords("#doctype", m.documentType());
                keywords("#classification", m.classification());
                xml.end();
            }
            if (!m.summary().isEmpty()) {
                xml.start("abstract");
                for (String p : m.summary()) {
                    xml.leaf("p", p);
                }
                xml.end();
            }
            xml.end();
        }

        private void keywords(String scheme, String term) throws XMLStreamException {
            if (term != null) {
                xml.start("keywords", "scheme", scheme);
                xml.leaf("term", term);
                xml.end();
            }
        }

        private void date(TeiDate d, String... extra) throws XMLStreamException {
            String[] attributes = new String[extra.length + 10];
            System.arraycopy(extra, 0, attributes, 0, extra.length);
            String[] dating = {"when", d.when(), "from", d.from(), "to", d.to(),
                "notBefore", d.notBefore(), "notAfter", d.notAfter()};
            System.arraycopy(dating, 0, attributes, extra.length, dating.length);
            xml.leaf("date", d.text(), attributes);
        }
    }
}
