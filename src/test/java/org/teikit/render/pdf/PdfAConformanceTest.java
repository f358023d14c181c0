package org.teikit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The {@code --pdfa} output passes veraPDF, the reference PDF/A validator, as PDF/A-2b. */
class PdfAConformanceTest {

    static PdfRenderer renderer;

    @BeforeAll
    static void setUp() {
        VeraGreenfieldFoundryProvider.initialise();
        renderer = PdfRenderer.create();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shape", "cyrillic.xml", "notes-everywhere.xml"})
    void pdfAOutputPassesVeraPdf(String name) throws Exception {
        Path tei = name.equals("shape") ? PdfFixtures.SHAPE : PdfFixtures.fixture(name);
        PdfResult result = renderer.renderPdf(tei, PdfOptions.builder().pdfA(true).build());
        assertThat(result.diagnostics()).isEmpty();
        assertThat(failures(result.bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckCanFail() throws Exception {
        // Without --pdfa there is no output intent and no PDF/A identification: veraPDF must say so.
        PdfResult plain = renderer.renderPdf(PdfFixtures.SHAPE, PdfOptions.defaults());
        assertThat(failures(plain.bytes(), PDFAFlavour.PDFA_2_B)).isNotEmpty();
    }

    /** veraPDF's failed assertions for {@code pdf} against {@code flavour}, as readable lines. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws ValidationException, Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage())
                    .distinct().toList();
        }
    }
}
