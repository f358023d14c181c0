package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;

import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluators;

/**
 * The stylesheet the build wrote beside teikit's Schematron is the one SchXslt makes of it now (but for the
 * times SchXslt stamps in, which the build leaves out).
 */
class PrecompiledSchematronTest {

    /** SchXslt names its templates with generate-id(), which differs from one run to the next. */
    private static ComparisonResult sameButForGeneratedIds(Comparison comparison, ComparisonResult outcome) {
        if (outcome == ComparisonResult.DIFFERENT && comparison.getType() == ComparisonType.ATTR_VALUE
                && comparison.getControlDetails().getValue() instanceof String control
                && comparison.getTestDetails().getValue() instanceof String test
                && GENERATED.matcher(control).replaceAll("d#").equals(GENERATED.matcher(test).replaceAll("d#"))) {
            return ComparisonResult.SIMILAR;
        }
        return outcome;
    }

    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile("\\bd\\d+e\\d+\\b");

    @Test
    void theBuildsStylesheetIsWhatSchXsltMakesOfTheSchema() throws Exception {
        URL schema = PrecompiledSchematronTest.class.getResource("/teikit/schemas/teikit-editorial.sch");
        URL precompiled = PrecompiledSchematronTest.class.getResource(
                "/teikit/schemas/teikit-editorial.sch" + SchematronCompiler.PRECOMPILED);
        assertThat(precompiled).as("written by the build (process-classes)").isNotNull();

        SchematronCompiler compiler = new SchematronCompiler();
        URI location = schema.toURI();
        XdmNode now = compiler.stylesheetFor(compiler.readSchema(location, false), location);
        Diff diff = DiffBuilder.compare(Input.fromURL(precompiled)).withTest(Input.fromString(now.toString()))
                .withNodeFilter(n -> !"created".equals(n.getLocalName()) || n.getFirstChild() == null
                        || n.getFirstChild().getNextSibling() != null || n.getFirstChild().getNodeType() != org.w3c.dom.Node.TEXT_NODE)
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default,
                        PrecompiledSchematronTest::sameButForGeneratedIds))
                .ignoreWhitespace().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
        assertThat(compiler.compile(now, location)).isNotNull();
    }
}
