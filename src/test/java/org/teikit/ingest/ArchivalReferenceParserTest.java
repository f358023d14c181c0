package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.tei.Metadata.ArchivalReference;

class ArchivalReferenceParserTest {

    private final ArchivalReferenceParser parser = new ArchivalReferenceParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "AVPRF f. 0100, op. 49, 1956, p. 410, d. 6, l. 39-40|AVPRF|fond=0100 opis=49 papka=410 delo=6 listy=39-40",
        "RGANI f. 5, op. 30, d. 163, ll. 1-5.|RGANI|fond=5 opis=30 delo=163 listy=1-5",
        "RGASPI f. 17, op. 162, d. 5, l. 10|RGASPI|fond=17 opis=162 delo=5 listy=10",
        "PRC FMA 109-00078-03, 1-5|PRC FMA|file=109-00078-03 pages=1-5",
        "PRC FMA 109-01040-01|PRC FMA|file=109-01040-01",
        "SAPMO-BArch, DY 30/3386, Bl. 12-14|SAPMO-BArch|bestand=DY 30 signatur=3386 blatt=12-14",
        "BArch, B 136/3000|BArch|bestand=B 136 signatur=3000",
        "NARA, RG 59, Central Decimal File 1955-59, Box 2345, Folder 3|NARA|recordGroup=59 series=Central Decimal File 1955-59 box=2345 folder=3"})
    void splitsReferences(String text, String key, String parts) {
        ArchivalReferenceParser.Parsed p = parser.parse(text).orElseThrow();
        assertThat(p.repositoryKey()).isEqualTo(key);
        assertThat(p.reference().repository()).endsWith("(" + key + ")");
        assertThat(String.join(" ", p.reference().parts().stream()
                .map(x -> x.type() + "=" + x.value()).toList())).isEqualTo(parts);
        assertThat(p.reference().asWritten()).isEqualTo(text.replaceAll("\\.$", ""));
    }

    @org.junit.jupiter.api.Test
    void readsAnUnknownArchiveInTheRussianStyle() {
        ArchivalReferenceParser.Parsed p = parser.parse("Archive of Invented Records f. 120, op. 4, d. 9").orElseThrow();
        assertThat(p.reference().repository()).isEqualTo("Archive of Invented Records");
        assertThat(p.reference().parts()).extracting(ArchivalReference.Part::value).containsExactly("120", "4", "9");
        assertThat(p.inferredLanguage()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NARA, Papers of an Invented Commission, drawer B", "AVPRF the big box",
        "Private papers of an invented family"})
    void refusesWhatItCannotSplit(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void infersTheArchiveLanguage() {
        assertThat(parser.parse("PRC FMA 109-00078-03").orElseThrow().inferredLanguage()).isEqualTo("zh");
        ArchivalReference r = parser.parse("AVPRF f. 1, op. 2, d. 3, l. 4").orElseThrow().reference();
        assertThat(r.parts()).hasSize(4);
    }
}
