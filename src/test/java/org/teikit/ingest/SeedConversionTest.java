package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.ConversionReport;
import org.xmlunit.assertj3.XmlAssert;
import org.teikit.testing.TeiAll;

/** The two real archive exports (read from ../shared/seeds, never copied) converted and checked by XPath. */
class SeedConversionTest {

    private static final Map<String, String> NS = Map.of("t", TestFiles.TEI);

    private static XmlAssert tei(Conversion c) {
        assertThat(c.succeeded()).as("conversion succeeded: %s", c.report().diagnostics()).isTrue();
        return XmlAssert.assertThat(c.tei()).withNamespaceContext(NS);
    }

    @Test
    void webCaptureSeedHeader() {
        Conversion c = TestFiles.convert(TestFiles.seed("000_"));
        assertThat(c.report().format()).isEqualTo("web-capture");
        XmlAssert x = tei(c);
        x.valueByXPath("/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']")
                .isEqualTo("Reception, Conversation Between Soviet Foreign Minister K.E. Voroshilov and Chinese "
                        + "Deputy Chairman Zhu De, 20 March 1956");
        x.valueByXPath("//t:profileDesc/t:creation/t:date/@when").isEqualTo("1956-03-21");
        x.valueByXPath("//t:msIdentifier/t:repository").isEqualTo("Archive of Foreign Policy of the Russian Federation (AVPRF)");
        x.valueByXPath("//t:msIdentifier/t:idno").isEqualTo("AVPRF f. 0100, op. 49, 1956, p. 410, d. 6, l. 39-40");
        x.valueByXPath("//t:msIdentifier/t:altIdentifier[@type='fond']/t:idno").isEqualTo("0100");
        x.valueByXPath("//t:msIdentifier/t:altIdentifier[@type='opis']/t:idno").isEqualTo("49");
        x.valueByXPath("//t:msIdentifier/t:altIdentifier[@type='papka']/t:idno").isEqualTo("410");
        x.valueByXPath("//t:msIdentifier/t:altIdentifier[@type='delo']/t:idno").isEqualTo("6");
        x.valueByXPath("//t:msIdentifier/t:altIdentifier[@type='listy']/t:idno").isEqualTo("39-40");
        x.valueByXPath("//t:respStmt[t:resp='translated by']/t:persName").isEqualTo("Austin Jersild");
        x.valueByXPath("//t:respStmt[t:resp='obtained by']/t:persName").isEqualTo("Austin Jersild");
        x.valueByXPath("//t:acquisition").isEqualTo("Obtained and translated for CWIHP by Austin Jersild.");
        x.valueByXPath("//t:titleStmt/t:funder").isEqualTo("Leon Levy Foundation");
        x.valueByXPath("count(//t:availability/t:p)").isEqualTo("2");
        x.valueByXPath("//t:langUsage/t:language/@ident").isEqualTo("ru");
        x.valueByXPath("//t:keywords[@scheme='#doctype']/t:term").isEqualTo("Memorandum of Conversation");
        x.valueByXPath("//t:abstract/t:p").startsWith("Record of a conversation between Soviet Foreign Minister");
        x.valueByXPath("/t:TEI/@xml:lang").isEqualTo("en");
    }

    @Test
    void webCaptureSeedBody() {
        Conversion c = TestFiles.convert(TestFiles.seed("000_"));
        XmlAssert x = tei(c);
        x.valueByXPath("//t:div[@type='document']/@subtype").isEqualTo("memorandum-of-conversation");
        x.valueByXPath("//t:opener/t:dateline/t:date/@when").isEqualTo("1956-03-21");
        x.valueByXPath("//t:opener/t:seg[@type='copy']").isEqualTo("Copy No. 3");
        x.valueByXPath("//t:div/t:head").isEqualTo("Comrades K.E. Voroshilov and Zhu De, 20 March 1956");
        x.valueByXPath("count(//t:div/t:p)").isEqualTo("11");
        x.valueByXPath("//t:closer/t:idno[@type='registration']").isEqualTo("No. 2847-M");
        x.valueByXPath("//t:closer/t:note[@type='distribution']").isEqualTo("Sent to comrades Kuznetsov, Fedorenko, Kuldiukov");
        x.valueByXPath("//t:closer/t:seg[@type='copy']").isEqualTo("Copy NT-1090");
        x.valueByXPath("//t:closer/t:dateline/t:date/@when").isEqualTo("1956-03-26");
        x.valueByXPath("//t:p/t:supplied[@reason='clarification']").isEqualTo("went very well");
        x.nodesByXPath("//t:p[contains(., 'Skip to content')]").doNotExist();
        ConversionReport r = c.report();
        assertThat(r.dropped()).extracting(ConversionReport.Dropped::kind).contains("page-chrome", "empty-field");
        ConversionReport.Dropped empty = r.dropped().stream().filter(d -> d.kind().equals("empty-field")).findFirst().orElseThrow();
        assertThat(empty.texts()).contains("Record ID", "Original Classification");
        assertThat(r.interpretations()).anySatisfy(i -> {
            assertThat(i.line()).isEqualTo(64);
            assertThat(i.excerpt()).startsWith("AVPRF f. 0100");
            assertThat(i.as()).startsWith("msIdentifier");
        });
    }

    @Test
    void markdownExportSeedHeader() throws Exception {
        Conversion c = TestFiles.convert(TestFiles.seed("001_"));
        assertThat(c.report().format()).isEqualTo("markdown-export");
        XmlAssert x = tei(c);
        x.valueByXPath("//t:titleStmt/t:title[@type='main']").isEqualTo("Report, 'My Observations on the Soviet Union,' "
                + "Zhou Enlai to Mao Zedong and the Central Leadership (Excerpt)");
        x.valueByXPath("//t:creation/t:date/@when").isEqualTo("1957-01-24");
        x.valueByXPath("//t:creation/t:date").isEqualTo("January 24, 1957");
        x.valueByXPath("//t:respStmt[1]/t:resp").isEqualTo("translated by");
        assertThat(new TeiText(c.tei()).all("//t:respStmt[t:resp='translated by']/t:persName"))
                .containsExactly("Zhang Shu Guang", "Chen Jian");
        x.valueByXPath("//t:titleStmt/t:funder").isEqualTo("Leon Levy Foundation");
        x.valueByXPath("//t:publicationStmt/t:idno[@type='URI']")
                .isEqualTo("https://wilson-center-digital-archive.dvincitest.com/document/117033");
        x.valueByXPath("//t:publicationStmt/t:publisher").isEqualTo("Wilson Center Digital Archive");
        x.valueByXPath("//t:sourceDesc/t:bibl/t:author").isEqualTo("Shi Zhongquan");
        x.valueByXPath("//t:sourceDesc/t:bibl/t:title[@level='m']").startsWith("Zhou Enlai de zhuoyue fengxian");
        x.valueByXPath("//t:sourceDesc/t:bibl/t:pubPlace").isEqualTo("Beijing");
        x.valueByXPath("//t:sourceDesc/t:bibl/t:date/@when").isEqualTo("1993");
        x.valueByXPath("//t:sourceDesc/t:bibl/t:biblScope[@unit='page']/@from").isEqualTo("302");
        x.valueByXPath("//t:sourceDesc/t:bibl/t:biblScope[@unit='page']/@to").isEqualTo("305");
        x.valueByXPath("//t:langUsage/t:language/@ident").isEqualTo("zh");
        x.valueByXPath("//t:langUsage/t:language").isEqualTo("Chinese");
        x.valueByXPath("/t:TEI/@xml:lang").isEqualTo("en");
        x.valueByXPath("//t:abstract/t:p").startsWith("Zhou Enlai comments on the weaknesses");
        x.valueByXPath("//t:keywords[@scheme='#doctype']/t:term").isEqualTo("Report");
    }

    @Test
    void markdownExportSeedNotesAndPageBreaks() throws Exception {
        Conversion c = TestFiles.convert(TestFiles.seed("001_"));
        XmlAssert x = tei(c);
        x.nodesByXPath("//t:body//t:note[@place='foot']").hasSize(6);
        TeiText text = new TeiText(c.tei());
        assertThat(text.all("//t:body//t:note[@place='foot']/@n")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(text.all("//t:body//t:note[@place='foot']/@xml:id"))
                .containsExactly("note-1", "note-2", "note-3", "note-4", "note-5", "note-6");
        // each note sits at its call: note 2 right after "hosted by Liu Xiao", note 4 after "Gomulka"
        x.valueByXPath("//t:note[@n='2']/preceding-sibling::node()[1]").endsWith("hosted by Liu Xiao");
        x.valueByXPath("//t:note[@n='4']/preceding-sibling::node()[1]").isEqualTo(" Gomulka");
        x.valueByXPath("//t:note[@n='6']").startsWith("This article was based on the discussions");
        x.valueByXPath("//t:note[@n='1']").startsWith("Zhou Enlai led a Chinese governmental delegation");
        // the paragraphs broken by the export's page breaks are one p each, with pb
        x.nodesByXPath("//t:body//t:pb").hasSize(2);
        x.valueByXPath("count(//t:p[t:pb][contains(., 'whole-hearted trusting') and contains(., 'relationship with the Soviet')])")
                .isEqualTo("1");
        x.valueByXPath("count(//t:div/t:p)").isEqualTo("11");
        x.nodesByXPath("//t:gap[@reason='omitted']").hasSize(1);
        x.nodesByXPath("//t:body//t:supplied[@reason='clarification']").hasSizeGreaterThan(30);
        x.nodesByXPath("//t:body//text()[contains(., '□') or contains(., '\\[') or contains(., '^[')]").doNotExist();
        ConversionReport r = c.report();
        ConversionReport.Dropped boxes = r.dropped().stream().filter(d -> d.kind().equals("paragraph-box"))
                .findFirst().orElseThrow();
        assertThat(boxes.count()).isEqualTo(11);
        assertThat(boxes.lines()).startsWith(30, 32, 34);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void sameDateSameBytesAndProvenance() {
        byte[] seed = TestFiles.bytes(TestFiles.seed("001_"));
        String a = TestFiles.CONVERTER.convert("001.txt", seed, null).tei();
        String b = new Converter(TestFiles.FIXED).convert("001.txt", seed, null).tei();
        assertThat(a).isEqualTo(b);
        XmlAssert.assertThat(a).withNamespaceContext(NS).valueByXPath("//t:revisionDesc/t:change/@when")
                .isEqualTo("2026-01-01T00:00:00Z");
        XmlAssert.assertThat(a).withNamespaceContext(NS).valueByXPath("//t:revisionDesc/t:change")
                .contains("001.txt").contains(org.teikit.io.Sha256.of(seed)).contains("format markdown-export")
                .contains("teikit " + org.teikit.Version.get());
    }

    @Test
    void seedsAreValidTeiAll() throws Exception {
        for (var seed : TestFiles.seeds()) {
            List<String> errors = TeiAll.get().errors(TestFiles.convert(seed).tei());
            assertThat(errors).as(seed.toString()).isEmpty();
        }
    }
}
