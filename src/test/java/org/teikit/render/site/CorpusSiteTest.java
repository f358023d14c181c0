package org.teikit.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Teikit;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * A teiCorpus rendered to HTML is a site of its documents: each TEI in it (nested corpora's too) a
 * document of its own, with its page, its copy and its line in the index. It was refused ("split the
 * corpus"), and before that rendered as its first document, the others lost.
 */
class CorpusSiteTest {

    private static final Teikit TEIKIT = Teikit.create();

    private static String tei(String attributes, String title, String text) {
        return "<TEI" + attributes + "><teiHeader><fileDesc><titleStmt><title>" + title + "</title></titleStmt>"
                + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body><p>" + text + "</p></body></text></TEI>";
    }

    private static Path corpus(Path dir) throws IOException {
        return Files.writeString(dir.resolve("letters.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0' xml:lang='de'>"
                + "<teiHeader><fileDesc><titleStmt><title>Briefe</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
                + tei(" xml:id='brief-a'", "Brief A", "Erster Brief.") + "\n"
                + tei("", "Brief B", "Zweiter Brief.</p><figure><graphic url='img/siegel.png'/></figure><p>Ende.") + "\n"
                + "<teiCorpus><teiHeader><fileDesc><titleStmt><title>Anhang</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + tei(" xml:id='index' xml:lang='en'", "Appendix", "An appendix in English.") + "</teiCorpus>\n"
                + "</teiCorpus>\n");
    }

    /** {@link #corpus} in {@code in}, with the image its second document shows beside it. */
    private static Path corpusWithItsImage(Path in) throws IOException {
        Path corpus = corpus(Files.createDirectories(in));
        Files.createDirectories(in.resolve("img"));
        org.teikit.render.pdf.PdfFixtures.png(in.resolve("img/siegel.png"), 40, 30);
        return corpus;
    }

    /** A validator against TEI's own tei_all (from shared/), with an empty schema store. */
    private static org.teikit.validate.TeiValidator teiAll(Path dir) {
        return org.teikit.validate.TeiValidator.builder().schemaStore(dir.resolve("no-store"))
                .schema(Path.of(System.getProperty("teikit.shared", "../shared"))
                        .resolve("schemas/tei-4.10.2/tei_all.rng").toAbsolutePath().toString()).build();
    }

    private static String at(Path file, String xpath) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(java.util.Map.of("t", "http://www.tei-c.org/ns/1.0"));
        return engine.evaluate(xpath, Input.fromFile(file.toFile()).build());
    }

    @Test
    void eachDocumentOfTheCorpusHasItsPageItsCopyAndItsLineInTheIndex(@TempDir Path dir) throws IOException {
        Path corpus = corpus(dir);
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/siegel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat(Teikit.isTeiCorpus(corpus)).isTrue();
        assertThat(Teikit.isTeiCorpus(Path.of("tei/reference/teikit-shape.xml"))).isFalse();
        Path site = dir.resolve("site");

        List<Diagnostic> diagnostics = TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults());

        assertThat(diagnostics).noneMatch(Diagnostic::isError);
        // named after its xml:id, else after the corpus and its place in it; never one of the site's own pages
        try (Stream<Path> copies = Files.list(site.resolve("tei"))) {
            assertThat(copies.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("brief-a.xml", "letters-2.xml", "doc-index.xml");
        }
        // each copy a TEI document of its own, in the language it had in the corpus, its text whole
        assertThat(at(site.resolve("tei/letters-2.xml"), "/t:TEI/@xml:lang")).isEqualTo("de");
        assertThat(at(site.resolve("tei/doc-index.xml"), "/t:TEI/@xml:lang")).isEqualTo("en");
        assertThat(at(site.resolve("tei/brief-a.xml"), "string(/t:TEI/t:text)")).isEqualTo("Erster Brief.");
        // and valid TEI, as the corpus was
        org.teikit.validate.TeiValidator teiAll = teiAll(dir);
        try (Stream<Path> copies = Files.list(site.resolve("tei"))) {
            assertThat(copies).allSatisfy(copy -> assertThat(teiAll.validate(copy).diagnostics()).as("%s", copy).isEmpty());
        }
        assertThat(Files.readString(site.resolve("letters-2.html"))).contains("Zweiter Brief.").contains("lang=\"de\"");
        assertThat(Files.readString(site.resolve("doc-index.html"))).contains("An appendix in English.");
        // an image a document shows, beside the corpus file, is copied beside its page, as render copies one
        assertThat(Files.readString(site.resolve("letters-2.html"))).contains("src=\"img/siegel.png\"");
        assertThat(site.resolve("img/siegel.png")).hasSameBinaryContentAs(dir.resolve("img/siegel.png"));
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index).contains("href=\"brief-a.html\"", "href=\"letters-2.html\"", "href=\"doc-index.html\"",
                "Brief A", "Brief B", "Appendix");

        // rendered again without its appendix: the appendix's page and copy go, as from the index
        Files.writeString(corpus, Files.readString(corpus).replaceAll("(?s)<teiCorpus><teiHeader>.*</teiCorpus>\n</teiCorpus>",
                "</teiCorpus>"));
        assertThat(TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults())).noneMatch(Diagnostic::isError);
        assertThat(site.resolve("doc-index.html")).doesNotExist();
        assertThat(site.resolve("tei/doc-index.xml")).doesNotExist();
        assertThat(site.resolve("brief-a.html")).isRegularFile();
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("Appendix");
    }

    @Test
    void aCorpusNotWellFormedOrWithoutDocumentsIsALocatedErrorAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"),
                "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'>\n" + tei("", "A", "a") + "\n<TEI>");
        List<Diagnostic> d = TEIKIT.renderCorpusSite(broken, dir.resolve("site"), RenderOptions.defaults());
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("xml.not-well-formed");
            assertThat(x.line()).isEqualTo(3);
        });
        Path empty = Files.writeString(dir.resolve("empty.xml"), "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'/>");
        assertThat(TEIKIT.renderCorpusSite(empty, dir.resolve("site"), RenderOptions.defaults()))
                .extracting(Diagnostic::rule).containsExactly("render.empty-corpus");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    /**
     * To PDF and FO, each document gets its file beside its copy, named as its page is, its images found
     * relative to the corpus file (not to the copy, where there are none).
     */
    @Test
    void eachDocumentOfTheCorpusHasItsPdfOrFoShowingImagesBesideTheCorpusFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Path corpus = corpusWithItsImage(in);
        Path site = dir.resolve("out/letters");

        assertThat(TEIKIT.renderCorpusFo(corpus, site, RenderOptions.defaults())).isEmpty();
        assertThat(Files.readString(site.resolve("letters-2.fo")))
                .contains(in.resolve("img/siegel.png").toAbsolutePath().toUri().toString(), "Zweiter Brief.");
        assertThat(Files.readString(site.resolve("doc-index.fo"))).contains("An appendix in English.");

        assertThat(TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults())).isEmpty();
        for (String name : List.of("brief-a", "letters-2", "doc-index")) {
            assertThat(Files.readAllBytes(site.resolve(name + ".pdf"))).startsWith("%PDF".getBytes());
            assertThat(site.resolve("tei/" + name + ".xml")).isRegularFile();
        }

        // Without the image, its PDF says so, about the corpus file at the line where the document starts
        // (its fourth), the place in the document's copy in the message.
        Files.delete(in.resolve("img/siegel.png"));
        assertThat(TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults())).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(corpus.toString());
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).startsWith("in its document letters-2 (" + site.resolve("tei/letters-2.xml"))
                    .contains("siegel.png");
        });
    }

    /** A document whose xml:id is too long for a file name is named after its place, with a warning; it failed the corpus. */
    @Test
    void aDocumentWhoseIdIsTooLongForAFileNameIsNamedAfterItsPlace(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("letters.xml"), "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'>"
                + "<teiHeader><fileDesc><titleStmt><title>Briefe</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + tei(" xml:id='" + "x".repeat(251) + "'", "Long", "Lang.") + tei(" xml:id='kurz'", "Short", "Kurz.")
                + "</teiCorpus>");
        Path site = dir.resolve("site");

        List<Diagnostic> diagnostics = TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults());

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("render.member-name");
            assertThat(d.severity()).isEqualTo(org.teikit.Severity.WARNING);
            assertThat(d.message()).contains("document 1", "256 bytes");
        });
        assertThat(site.resolve("letters-1.html")).isRegularFile();
        assertThat(site.resolve("kurz.html")).isRegularFile();
    }

    /**
     * Documents whose ids differ only in case are named apart: on macOS and Windows, whose file systems
     * ignore case, {@code Dup.html} would have overwritten {@code dup.html}. The second is named after its
     * place, as a second document with the same id is.
     */
    @Test
    void documentsWhoseIdsDifferOnlyInCaseGetNamesThatDifferOtherwise(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("letters.xml"), "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'>"
                + "<teiHeader><fileDesc><titleStmt><title>Briefe</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + tei(" xml:id='dup'", "Lower", "Klein.") + tei(" xml:id='Dup'", "Upper", "Gross.")
                + tei(" xml:id='dup'", "Again", "Nochmal.") + "</teiCorpus>");
        Path site = dir.resolve("site");

        assertThat(TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults())).isEmpty();

        try (var copies = Files.list(site.resolve("tei"))) {
            assertThat(copies.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("dup.xml", "letters-2.xml", "letters-3.xml");
        }
        assertThat(Files.readString(site.resolve("letters-2.html"))).contains("Gross.");
        assertThat(Files.readString(site.resolve("dup.html"))).contains("Klein.");
    }

    /**
     * A document whose id changed in case only ("dup" to "Dup"): a render on Linux removes its old files
     * as another document's; where the file system ignores case (a hard link stands in for it) its old
     * files are its new ones, and stay.
     */
    @Test
    void aDocumentRenamedInCaseOnlyKeepsItsNewFilesAndLosesItsOldOnes(@TempDir Path dir) throws IOException {
        String header = "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Briefe"
                + "</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc>"
                + "</fileDesc></teiHeader>";
        Path corpus = Files.writeString(dir.resolve("letters.xml"), header + tei(" xml:id='dup'", "A", "Eins.") + "</teiCorpus>");
        Path site = dir.resolve("site");
        TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults());
        Files.writeString(corpus, header + tei(" xml:id='Dup'", "A", "Eins.") + "</teiCorpus>");

        assertThat(TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults())).isEmpty();

        assertThat(site.resolve("Dup.html")).isRegularFile();
        assertThat(site.resolve("dup.html")).doesNotExist();
        assertThat(site.resolve("tei/dup.xml")).doesNotExist();

        Files.createLink(site.resolve("tei/dup.xml"), site.resolve("tei/Dup.xml"));
        CorpusMembers.removeGone(site, List.of("dup"), java.util.Set.of("Dup"));
        assertThat(site.resolve("tei/dup.xml")).isRegularFile();
        assertThat(site.resolve("Dup.html")).isRegularFile();
        Files.delete(site.resolve("tei/dup.xml"));
        Files.copy(site.resolve("tei/Dup.xml"), site.resolve("tei/dup.xml"));
        Files.copy(site.resolve("Dup.html"), site.resolve("dup.html"));
        CorpusMembers.removeGone(site, List.of("dup"), java.util.Set.of("Dup"));
        assertThat(site.resolve("tei/dup.xml")).doesNotExist();
        assertThat(site.resolve("dup.html")).doesNotExist();
        assertThat(site.resolve("Dup.html")).isRegularFile();
    }

    /**
     * What the corpus's header gives for all its texts (editors, statements of responsibility, funders,
     * licence) a document whose own header gives none takes, each kind apart, on its page and in its copy, which stays valid TEI; a document that gives its own
     * keeps it, and a publication statement in prose keeps its prose alone.
     */
    @Test
    void documentsTakeTheEditorsFundersAndLicenceOfTheCorpusWhereTheirOwnHeaderGivesNone(@TempDir Path dir) throws IOException {
        String structured = "<publicationStmt><publisher>Briefarchiv</publisher></publicationStmt>";
        String member = "<TEI xml:id='%s'><teiHeader><fileDesc><titleStmt><title>%s</title>%s</titleStmt>%s"
                + "<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>";
        Path corpus = Files.writeString(dir.resolve("letters.xml"), "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'>"
                + "<teiHeader><fileDesc><titleStmt><title>Briefe</title><editor>Anna Herausgeberin</editor>"
                + "<respStmt><resp>Kodiert von</resp><name>Ben Kodierer</name></respStmt><funder xml:id='f1'>Stiftung Brief</funder>"
                + "</titleStmt><publicationStmt><publisher>Briefarchiv</publisher><availability><licence "
                + "target='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</licence></availability>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + String.format(member, "inherits", "Erbt", "", structured)
                + String.format(member, "own", "Eigen", "<editor>Eva Eigen</editor><funder>Eigene Stiftung</funder>",
                        "<publicationStmt><publisher>B</publisher><availability><p>Frei.</p></availability></publicationStmt>")
                + String.format(member, "prose", "Prosa", "", "<publicationStmt><p>Siehe Korpus.</p></publicationStmt>")
                + "</teiCorpus>");
        Path site = dir.resolve("site");

        assertThat(TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults())).noneMatch(Diagnostic::isError);

        assertThat(at(site.resolve("tei/inherits.xml"), "string(//t:titleStmt/t:funder)")).isEqualTo("Stiftung Brief");
        assertThat(at(site.resolve("tei/inherits.xml"), "count(//t:funder/@xml:id)")).isEqualTo("0");
        assertThat(at(site.resolve("tei/inherits.xml"), "string(//t:availability/t:licence/@target)"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(at(site.resolve("tei/inherits.xml"), "string(//t:titleStmt/t:editor)")).isEqualTo("Anna Herausgeberin");
        assertThat(at(site.resolve("tei/inherits.xml"), "string(//t:titleStmt/t:respStmt/t:name)")).isEqualTo("Ben Kodierer");
        assertThat(Files.readString(site.resolve("inherits.html"))).contains("Stiftung Brief", "CC BY 4.0", "Anna Herausgeberin");
        // Its own editor, alone; the corpus's statement of responsibility, which it does not have, taken.
        assertThat(at(site.resolve("tei/own.xml"), "count(//t:titleStmt/t:editor)")).isEqualTo("1");
        assertThat(at(site.resolve("tei/own.xml"), "string(//t:titleStmt/t:editor)")).isEqualTo("Eva Eigen");
        assertThat(at(site.resolve("tei/own.xml"), "string(//t:titleStmt/t:respStmt/t:name)")).isEqualTo("Ben Kodierer");
        assertThat(at(site.resolve("tei/own.xml"), "count(//t:funder)")).isEqualTo("1");
        assertThat(at(site.resolve("tei/own.xml"), "string(//t:funder)")).isEqualTo("Eigene Stiftung");
        assertThat(at(site.resolve("tei/own.xml"), "string(//t:availability)")).isEqualTo("Frei.");
        assertThat(at(site.resolve("tei/prose.xml"), "string(//t:publicationStmt)")).isEqualTo("Siehe Korpus.");
        assertThat(at(site.resolve("tei/prose.xml"), "string(//t:funder)")).isEqualTo("Stiftung Brief");
        org.teikit.validate.TeiValidator teiAll = teiAll(dir);
        for (String copy : List.of("inherits", "own", "prose")) {
            assertThat(teiAll.validate(site.resolve("tei/" + copy + ".xml")).diagnostics()).as(copy).isEmpty();
        }
    }

    /**
     * The corpus's publication date and keywords (for each scheme apart: document type, subjects) go to
     * the documents that give none of their own, the nearest corpus's first; the page shows them, and the
     * copies stay valid TEI, a profileDesc made where a document had none.
     */
    @Test
    void documentsTakeTheCorpussPublicationDateAndKeywordsOfTheSchemesTheyLack(@TempDir Path dir) throws IOException {
        String member = "<TEI xml:id='%s'><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt>"
                + "<publisher>Briefarchiv</publisher>%s</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>%s"
                + "</teiHeader><text><body><p>Text.</p></body></text></TEI>";
        String header = "<teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt><publisher>Briefarchiv"
                + "</publisher>%s</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc><profileDesc><textClass>%s"
                + "</textClass></profileDesc></teiHeader>";
        Path corpus = Files.writeString(dir.resolve("letters.xml"), "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'>"
                + String.format(header, "Briefe", "<date type='published' when='2020-05-01'>1 May 2020</date>",
                        "<keywords scheme='#doctype'><term>Letter</term></keywords>"
                                + "<keywords><term>Canal</term><term>Harbour</term></keywords>")
                + String.format(member, "bare", "Bare", "", "")
                + String.format(member, "own", "Own", "<date type='published' when='2021-01-01'>2021</date>",
                        "<profileDesc><creation><date when='1958-05-03'>3 May 1958</date></creation><textClass>"
                                + "<keywords scheme='#doctype'><term>Telegram</term></keywords></textClass></profileDesc>"
                                + "<profileDesc><textClass><keywords scheme='#classification'><term>Secret</term>"
                                + "</keywords></textClass></profileDesc>")
                + "<teiCorpus>" + String.format(header, "Anhang", "", "<keywords><term>Appendix</term></keywords>")
                + String.format(member, "nested", "Nested", "", "<profileDesc><creation><date when='1960'>1960</date></creation>"
                        + "</profileDesc>")
                + "</teiCorpus></teiCorpus>");
        Path site = dir.resolve("site");

        assertThat(TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults())).noneMatch(Diagnostic::isError);

        Path bare = site.resolve("tei/bare.xml");
        assertThat(at(bare, "string(//t:publicationStmt/t:date/@when)")).isEqualTo("2020-05-01");
        assertThat(at(bare, "string(//t:keywords[@scheme='#doctype'])")).isEqualTo("Letter");
        assertThat(at(bare, "count(//t:keywords[not(@scheme)]/t:term)")).isEqualTo("2");
        assertThat(Files.readString(site.resolve("bare.html"))).contains("<dd>Letter</dd>", "<time datetime=\"2020-05-01\">");
        // its own date and document type kept alone; the subjects, which it lacks, taken
        Path own = site.resolve("tei/own.xml");
        assertThat(at(own, "count(//t:publicationStmt/t:date)")).isEqualTo("1");
        assertThat(at(own, "string(//t:publicationStmt/t:date/@when)")).isEqualTo("2021-01-01");
        assertThat(at(own, "count(//t:keywords[@scheme='#doctype'])")).isEqualTo("1");
        assertThat(at(own, "string(//t:keywords[@scheme='#doctype'])")).isEqualTo("Telegram");
        assertThat(at(own, "string(//t:keywords[not(@scheme)]/t:term[1])")).isEqualTo("Canal");
        // taken once, into its first textClass of two (TEI allows several profileDesc)
        assertThat(at(own, "count(//t:keywords[not(@scheme)])")).isEqualTo("1");
        assertThat(at(own, "count(//t:profileDesc[1]//t:keywords[not(@scheme)])")).isEqualTo("1");
        // the nearest corpus's subjects; the outer one's document type and date
        Path nested = site.resolve("tei/nested.xml");
        assertThat(at(nested, "string(//t:keywords[not(@scheme)])")).isEqualTo("Appendix");
        assertThat(at(nested, "string(//t:keywords[@scheme='#doctype'])")).isEqualTo("Letter");
        assertThat(at(nested, "string(//t:publicationStmt/t:date/@when)")).isEqualTo("2020-05-01");
        org.teikit.validate.TeiValidator teiAll = teiAll(dir);
        for (String copy : List.of("bare", "own", "nested")) {
            assertThat(teiAll.validate(site.resolve("tei/" + copy + ".xml")).diagnostics()).as(copy).isEmpty();
        }
    }

    /**
     * Rendered again with the last render's result (as a watch does on each save), a corpus keeps the pages
     * of the documents whose TEI did not change, and makes the edited one's and the corpus pages again;
     * with other options, from another Teikit, or with a page gone, the pages are made again.
     */
    @Test
    void aRenderGivenTheLastOneMakesAgainOnlyThePagesOfChangedDocuments(@TempDir Path dir) throws IOException {
        Path corpus = corpus(dir);
        Path site = dir.resolve("site");
        org.teikit.CorpusRender first = TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults(), null);
        Object briefA = fileKey(site.resolve("brief-a.html"));
        Object appendix = fileKey(site.resolve("doc-index.html"));
        Object letter2 = fileKey(site.resolve("letters-2.html"));

        Files.writeString(corpus, Files.readString(corpus).replace("Zweiter Brief.", "Zweiter, langer Brief.")
                .replace("<title>Brief B</title>", "<title>Brief B, lang</title>"));
        org.teikit.CorpusRender second = TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults(), first);

        // the missing image told again, where it now stands (the title before it grew)
        assertThat(second.diagnostics()).extracting(Diagnostic::rule).isEqualTo(first.diagnostics().stream()
                .map(Diagnostic::rule).toList()).contains("page.image-missing");
        assertThat(fileKey(site.resolve("brief-a.html"))).isEqualTo(briefA);
        assertThat(fileKey(site.resolve("doc-index.html"))).isEqualTo(appendix);
        assertThat(fileKey(site.resolve("letters-2.html"))).isNotEqualTo(letter2);
        assertThat(Files.readString(site.resolve("letters-2.html"))).contains("Zweiter, langer Brief.");
        assertThat(Files.readString(site.resolve("index.html"))).contains("Brief B, lang", "Brief A", "Appendix");

        org.teikit.CorpusRender german = TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults().withLabels("de"), second);
        assertThat(fileKey(site.resolve("brief-a.html"))).isNotEqualTo(briefA);
        briefA = fileKey(site.resolve("brief-a.html"));
        TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults().withLabels("de"), german);
        assertThat(fileKey(site.resolve("brief-a.html"))).isEqualTo(briefA);
        Teikit another = Teikit.create();
        another.renderCorpusSite(corpus, site, RenderOptions.defaults().withLabels("de"), german);
        assertThat(fileKey(site.resolve("brief-a.html"))).isNotEqualTo(briefA);

        Files.delete(site.resolve("doc-index.html"));
        TEIKIT.renderCorpusSite(corpus, site, RenderOptions.defaults(), second);
        assertThat(site.resolve("doc-index.html")).isRegularFile();
    }

    /**
     * The same for PDFs, which hold the images they show: a PDF is made again when its document's TEI
     * changed, or an image it shows did (its size or time), or the image is gone; the others are kept.
     */
    @Test
    void aPdfRenderGivenTheLastOneMakesAgainOnlyThePdfsOfChangedDocumentsOrImages(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Path corpus = corpusWithItsImage(in);
        Path site = dir.resolve("out/letters");
        org.teikit.CorpusRender first = TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults(), null);
        assertThat(first.diagnostics()).isEmpty();
        Object briefA = fileKey(site.resolve("brief-a.pdf"));
        Object letter2 = fileKey(site.resolve("letters-2.pdf"));

        Files.writeString(corpus, Files.readString(corpus).replace("Erster Brief.", "Erster, kurzer Brief."));
        org.teikit.CorpusRender second = TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults(), first);
        assertThat(second.diagnostics()).isEmpty();
        assertThat(fileKey(site.resolve("brief-a.pdf"))).isNotEqualTo(briefA);
        assertThat(fileKey(site.resolve("letters-2.pdf"))).isEqualTo(letter2);

        // the image letters-2 shows, replaced by a larger one: its PDF alone is made again
        briefA = fileKey(site.resolve("brief-a.pdf"));
        org.teikit.render.pdf.PdfFixtures.png(in.resolve("img/siegel.png"), 80, 60);
        org.teikit.CorpusRender third = TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults(), second);
        assertThat(fileKey(site.resolve("letters-2.pdf"))).isNotEqualTo(letter2);
        assertThat(fileKey(site.resolve("brief-a.pdf"))).isEqualTo(briefA);

        // the image gone: made again, and its problem told, also on the round after
        Files.delete(in.resolve("img/siegel.png"));
        org.teikit.CorpusRender fourth = TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults(), third);
        assertThat(fourth.diagnostics()).extracting(Diagnostic::rule).containsExactly("pdf.image-missing");
        assertThat(TEIKIT.renderCorpusPdf(corpus, site, RenderOptions.defaults(), fourth).diagnostics())
                .isEqualTo(fourth.diagnostics());
        // an FO render is not a PDF render: nothing of the PDFs' is taken for it
        TEIKIT.renderCorpusFo(corpus, site, RenderOptions.defaults(), fourth);
        for (String name : List.of("brief-a", "letters-2", "doc-index")) {
            assertThat(site.resolve(name + ".fo")).isRegularFile();
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }
}
