package org.teikit.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import net.sf.saxon.s9api.XdmNode;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Teikit;
import org.teikit.render.CompiledStylesheet;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.pdf.PdfRenderer;
import org.teikit.render.site.CorpusMembers;
import org.teikit.render.site.SiteBuilder;
import org.teikit.validate.TeiValidator;

/**
 * The compiled stages behind a {@link Teikit}, with the calls that only teikit's own layers make: the
 * build and the Maven goals validate keeping the tree, render a site's pages one by one and write its
 * corpus pages from their entries. Internal, not API: these calls hand Saxon trees and teikit's internal
 * types about, which the public {@code Teikit} keeps to itself. Each stage is compiled on first use,
 * once, and shared by every thread; a {@code Stages} is thread-safe.
 */
public final class Stages {

    /** How teikit's layers reach a Teikit's stages; granted once, by {@code Teikit} itself. */
    private static volatile Function<Teikit, Stages> access;

    /** The schemas every document is validated against instead of those it names; empty for those. */
    private final List<String> schemas;
    private final Lazy<TeiValidator> validator;
    private final Lazy<SiteBuilder> site;
    private final Lazy<PdfRenderer> pdf;
    private final Lazy<CorpusMembers> corpusMembers;

    /**
     * @param schemas     schemas to validate against instead of those the documents name (may be empty)
     * @param schemaStore the user's schema store, or null for the default one
     */
    public Stages(List<String> schemas, Path schemaStore) {
        List<String> fixed = List.copyOf(schemas);
        this.schemas = fixed;
        // Each stage is compiled on first use, so a command that only converts never compiles a stylesheet.
        this.validator = new Lazy<>(() -> {
            TeiValidator.Builder b = TeiValidator.builder();
            fixed.forEach(b::schema);
            if (schemaStore != null) {
                b.schemaStore(schemaStore);
            }
            return b.build();
        });
        // The HTML renderer is the JVM's one (HtmlRenderer.shared): its compiled stylesheet serves every Teikit.
        this.site = new Lazy<>(() -> new SiteBuilder(HtmlRenderer.shared()));
        this.pdf = new Lazy<>(PdfRenderer::create);
        this.corpusMembers = new Lazy<>(() -> new CorpusMembers(CompiledStylesheet.fromClasspath(
                HtmlRenderer.shared().processor(), "teikit/xslt/html/corpus-members.xsl")));
    }

    /**
     * Called once, by {@code Teikit}'s class initialiser, so that teikit's layers can reach a Teikit's
     * stages without the public class offering them.
     *
     * @param teikitsStages the stages of a Teikit
     */
    public static void grantAccess(Function<Teikit, Stages> teikitsStages) {
        synchronized (Stages.class) {
            if (access != null) {
                throw new IllegalStateException("access to Teikit's stages was granted already");
            }
            access = Objects.requireNonNull(teikitsStages, "teikitsStages");
        }
    }

    /**
     * The stages of a Teikit: its validator, renderers and site builder, compiled once and shared.
     *
     * @param teikit a Teikit (whose class, being in use, has granted the access)
     * @return its stages
     */
    public static Stages of(Teikit teikit) {
        return access.apply(Objects.requireNonNull(teikit, "teikit"));
    }

    /**
     * Has the validator, if it was made, compile again the schemas whose files changed since it compiled
     * them ({@link TeiValidator#forgetChangedSchemas}); one not made yet is left unmade.
     *
     * @param digestOf the {@link org.teikit.validate.SchemaFiles#digest} of a schema file, as the caller has it
     */
    public void forgetChangedSchemas(java.util.function.Function<java.net.URI, String> digestOf) {
        validator.ifMade(v -> v.forgetChangedSchemas(digestOf));
    }

    /** @return the schemas every document is validated against instead of those it names (empty: those) */
    public List<String> schemas() {
        return schemas;
    }

    /** @return the splitter of teiCorpus files into their documents, compiled on first use */
    public CorpusMembers corpusMembers() {
        return corpusMembers.get();
    }

    /** @return the validator, compiled on first use */
    public TeiValidator validator() {
        return validator.get();
    }

    /** @return the site builder (and with it the HTML renderer), compiled on first use */
    public SiteBuilder site() {
        return site.get();
    }

    /** @return the XSL-FO and PDF renderer, compiled on first use */
    public PdfRenderer pdf() {
        return pdf.get();
    }

    /**
     * Starts compiling the named stages on background threads; see {@link Teikit#prepare}.
     *
     * @param validation the validator's schemas
     * @param html       the HTML and corpus site stylesheets
     * @param pdf        the XSL-FO stylesheet and FOP
     */
    public void prepare(boolean validation, boolean html, boolean pdf) {
        if (validation) {
            // The validator compiles a schema when a document first names it: a tiny document naming
            // each of the project's schemas compiles the RELAX NG and the Schematron side by side.
            for (String model : PROJECT_SCHEMA_MODELS) {
                inBackground("teikit-prepare-validate", () -> validator.get().validate("teikit-prepare.xml",
                        (model + "<TEI xmlns='http://www.tei-c.org/ns/1.0'/>").getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (html) {
            inBackground("teikit-prepare-html", site::get);
        }
        if (pdf) {
            inBackground("teikit-prepare-pdf", this.pdf::get);
        }
    }

    /** The xml-model instructions teikit's converter writes, one per project schema. */
    private static final List<String> PROJECT_SCHEMA_MODELS = List.of(
            "<?xml-model href='" + TeiValidator.PROJECT_RNG
                    + "' type='application/xml' schematypens='http://relaxng.org/ns/structure/1.0'?>",
            "<?xml-model href='" + TeiValidator.PROJECT_SCHEMATRON
                    + "' type='application/xml' schematypens='http://purl.oclc.org/dsdl/schematron'?>");

    private static void inBackground(String name, Runnable stage) {
        Thread thread = new Thread(() -> {
            try {
                stage.run();
            } catch (RuntimeException e) {
                // Not lost: the stage's first real use compiles again and reports the failure there.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Validates a TEI file as {@link Teikit#validate(Path)} does, and keeps the document's tree when the
     * validation built one (it does for the project's Schematron, which teikit's TEI names), so that a
     * page of the same file can be rendered from it ({@link #renderSitePage(Path, XdmNode, Path, String)})
     * without parsing it again. The tree holds the whole document in memory.
     *
     * @param teiFile the TEI document
     * @return the report, and the tree when there is one
     */
    public TeiValidator.Validated validateKeepingTree(Path teiFile) {
        return validator.get().validateKeepingTree(Objects.requireNonNull(teiFile, "teiFile"));
    }

    /**
     * Renders one document's page of a site and returns its entry for the corpus pages; see
     * {@link #writeSiteIndex}. Pages of different documents may be rendered in parallel.
     *
     * @param teiFile the TEI document
     * @param outDir  the edition folder
     * @param name    the document's name: the page is {@code <name>.html}
     * @return the diagnostics, and the opaque index entry when the page was written
     */
    public SiteBuilder.Page renderSitePage(Path teiFile, Path outDir, String name) {
        return renderSitePage(teiFile, null, outDir, name, RenderOptions.defaults());
    }

    /**
     * {@link #renderSitePage(Path, Path, String)} of a document already parsed, as
     * {@link #validateKeepingTree} returns it: no second parse.
     *
     * @param teiFile the TEI document
     * @param parsed  its tree, from {@link #validateKeepingTree} of the same file
     * @param outDir  the edition folder
     * @param name    the document's name: the page is {@code <name>.html}
     * @return the diagnostics, and the opaque index entry when the page was written
     */
    public SiteBuilder.Page renderSitePage(Path teiFile, XdmNode parsed, Path outDir, String name) {
        return renderSitePage(teiFile, Objects.requireNonNull(parsed, "parsed"), outDir, name, RenderOptions.defaults());
    }

    /**
     * {@link #renderSitePage(Path, Path, String)} with the page's fixed words in the language of
     * {@code options}' labels.
     *
     * @param teiFile the TEI document
     * @param parsed  its tree, from {@link #validateKeepingTree} of the same file, or null to parse it
     * @param outDir  the edition folder
     * @param name    the document's name: the page is {@code <name>.html}
     * @param options the labels' language
     * @return the diagnostics, and the opaque index entry when the page was written
     */
    public SiteBuilder.Page renderSitePage(Path teiFile, XdmNode parsed, Path outDir, String name, RenderOptions options) {
        return renderSitePage(teiFile, parsed, outDir, "", name, options);
    }

    /**
     * {@link #renderSitePage(Path, XdmNode, Path, String, RenderOptions)} of a document whose page is in
     * a folder of the site, {@code outDir/<folder>/<name>.html} (see {@link SiteBuilder#page(Path, XdmNode,
     * Path, String, String)}): a teiCorpus's documents in a build.
     *
     * @param teiFile the TEI document, in {@code outDir/<folder>/tei/}
     * @param parsed  its tree, or null to parse it
     * @param outDir  the edition folder
     * @param folder  the page's folder in it, or "" for the edition folder itself
     * @param name    the document's name: the page is {@code <name>.html}
     * @param options the labels' language
     * @return the diagnostics, and the opaque index entry when the page was written
     */
    public SiteBuilder.Page renderSitePage(Path teiFile, XdmNode parsed, Path outDir, String folder, String name,
                                           RenderOptions options) {
        return site.get().withLabels(options.labels()).page(Objects.requireNonNull(teiFile, "teiFile"), parsed,
                Objects.requireNonNull(outDir, "outDir"), Objects.requireNonNull(folder, "folder"),
                Objects.requireNonNull(name, "name"));
    }

    /**
     * Writes a site's corpus pages (index, facets, names, search) from the entries of its document pages,
     * their fixed words in the language of {@code options}' labels.
     *
     * @param entries the entries returned by {@link #renderSitePage}, in the order of the index
     * @param outDir  the edition folder
     * @param options the labels' language
     * @return the problems met while writing the pages
     */
    public List<Diagnostic> writeSiteIndex(List<String> entries, Path outDir, RenderOptions options) {
        return site.get().withLabels(options.labels()).writeIndex(Objects.requireNonNull(entries, "entries"),
                Objects.requireNonNull(outDir, "outDir"));
    }

    /**
     * Rewrites the parts of a site's search index that hold the documents at {@code changed}, after a
     * build in which only their searchable text changed (the same documents in the same order; see
     * {@link SiteBuilder#pagesPart}).
     *
     * @param documents how many documents the site has
     * @param changed   the positions, in the order of the index, of the documents whose text changed
     * @param entryAt   the entry {@link #renderSitePage} returned for the document at a position; asked
     *                  only for the documents sharing a part with a changed one
     * @param outDir    the edition folder
     */
    public void writeSiteSearchIndex(int documents, Set<Integer> changed, IntFunction<String> entryAt, Path outDir) {
        site.get().rewriteSearchIndex(documents, Objects.requireNonNull(changed, "changed"),
                Objects.requireNonNull(entryAt, "entryAt"), Objects.requireNonNull(outDir, "outDir"));
    }
}
