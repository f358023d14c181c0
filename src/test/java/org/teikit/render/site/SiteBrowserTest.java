package org.teikit.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.teikit.io.AtomicFiles;

/**
 * The site as a reader uses it, in headless Chromium from Debian's chromium and chromium-driver
 * packages (never a downloaded browser). Skipped with a message when they are missing, except in CI
 * (CI=true), where they must be there. Screenshots go to target/screenshots, and to the folder named
 * by -Dteikit.screenshots (docs/screenshots to refresh the README's pictures).
 */
class SiteBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path site;
    @TempDir
    static Path profile;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(present, "Browser tests skipped: install Debian's packages chromium and chromium-driver "
                + "(apt-get install -y chromium chromium-driver)");
        new SiteBuilder().build(SiteBuilderTest.inputs(), site);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    private static boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0;", element);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("Timed out waiting for " + what);
    }

    @Test
    void footnoteCallLeadsToItsNoteAndBack() throws Exception {
        driver.manage().window().setSize(new Dimension(800, 600));
        open("teikit-shape.html");
        WebElement call = driver.findElement(By.id("fnref-note-2"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", call);
        call.click();
        WebElement note = driver.findElement(By.id("fn-note-2"));
        waitFor(() -> inView(note), "note 2 to scroll into view");
        assertThat(driver.getCurrentUrl()).endsWith("#fn-note-2");
        note.findElement(By.className("fn-back")).click();
        waitFor(() -> inView(driver.findElement(By.id("fnref-note-2"))), "the call of note 2 to scroll into view");
        assertThat(driver.getCurrentUrl()).endsWith("#fnref-note-2");
        // The script ran under the page's Content-Security-Policy: it showed the copy button.
        assertThat(driver.findElement(By.cssSelector("button.copy-button")).isDisplayed()).isTrue();
        screenshot("document-teikit-shape.png", 1280, 900, "teikit-shape.html");
    }

    @Test
    void searchFindsTheDocumentWithThePassage() throws Exception {
        open("index.html");
        WebElement box = driver.findElement(By.id("tk-search"));
        box.sendKeys("river friendship");
        waitFor(() -> !driver.findElements(By.cssSelector("#tk-search-results li a")).isEmpty(), "search results");
        List<WebElement> hits = driver.findElements(By.cssSelector("#tk-search-results li"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).findElement(By.tagName("a")).getAttribute("href")).contains("teikit-shape.html#");
        assertThat(hits.get(0).findElement(By.tagName("mark")).getText()).isEqualToIgnoringCase("river");
        screenshot("index.png", 1280, 900, null);
        // A facet filters the table.
        driver.findElement(By.cssSelector("button[data-facet='year'][data-value='2020']")).click();
        List<WebElement> rows = driver.findElements(By.cssSelector("#tk-documents tbody tr"));
        assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isEqualTo(1);
    }

    /** Every reading of a choice is on the page, as in the PDF, not only in a hover title. */
    @Test
    void aChoiceShowsEveryReading() {
        open("any-tei.html");
        WebElement choice = driver.findElement(By.cssSelector(".choice[title='abbr: Capt.']"));
        assertThat(choice.getText()).isEqualTo("Captain (abbr: Capt.)");
    }

    /** The Title button sorts alphabetically, letters with marks among their base letters. */
    @Test
    void titlesSortAlphabetically(@TempDir Path dir) throws Exception {
        Path alphabet = dir.resolve("site");
        new SiteBuilder().build(SiteBuilderTest.alphabetDocuments(dir), alphabet);
        driver.get(alphabet.resolve("index.html").toUri().toString());
        WebElement title = driver.findElement(By.cssSelector("th[data-sort='title']"));
        waitFor(() -> !title.findElements(By.tagName("button")).isEmpty(), "the sort buttons");
        title.findElement(By.tagName("button")).click();
        assertThat(driver.findElements(By.cssSelector("#tk-documents tbody tr td:nth-child(2) a")))
                .extracting(WebElement::getText).containsExactly("Äpfel list", "apple note", "Zebra memo");
        title.findElement(By.tagName("button")).click();
        assertThat(driver.findElements(By.cssSelector("#tk-documents tbody tr td:nth-child(2) a")))
                .extracting(WebElement::getText).containsExactly("Zebra memo", "apple note", "Äpfel list");
    }

    /** The Date button sorts in time order, years before 1 ("-0100", "-0044") first, undated last. */
    @Test
    void datesSortInTimeOrderWithYearsBeforeOne(@TempDir Path dir) throws Exception {
        Path ancient = dir.resolve("site");
        new SiteBuilder().build(SiteBuilderTest.ancientDocuments(dir), ancient);
        driver.get(ancient.resolve("index.html").toUri().toString());
        WebElement date = driver.findElement(By.cssSelector("th[data-sort='date']"));
        waitFor(() -> !date.findElements(By.tagName("button")).isEmpty(), "the sort buttons");
        // The page opens sorted by date ascending: the first click sorts descending, the second ascending.
        date.findElement(By.tagName("button")).click();
        assertThat(driver.findElements(By.cssSelector("#tk-documents tbody tr td:nth-child(2) a")))
                .extracting(WebElement::getText).containsExactly("Undated", "Letter", "Year one", "Ides", "Carthage");
        date.findElement(By.tagName("button")).click();
        assertThat(driver.findElements(By.cssSelector("#tk-documents tbody tr td:nth-child(2) a")))
                .extracting(WebElement::getText).containsExactly("Carthage", "Ides", "Year one", "Letter", "Undated");
    }

    /**
     * A hit after text that folding lengthens (Hangul decomposes into its letters) is marked where it
     * is, and a search with more hits than are listed says so.
     */
    @Test
    void searchMarksTheWordFoundAfterKoreanTextAndSaysWhenNotAllHitsAreListed(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("korean.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Seoul</title></titleStmt>
                <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p>서울 항구에 관한 보고서입니다 — the harbour of Seoul.</p></body></text></TEI>
                """);
        SiteBuilder builder = new SiteBuilder();
        String entry = builder.page(tei, dir.resolve("pages"), "korean").entry().orElseThrow();
        Path many = dir.resolve("many");
        builder.writeIndex(java.util.Collections.nCopies(120, entry), many);
        driver.get(many.resolve("index.html").toUri().toString());
        driver.findElement(By.id("tk-search")).sendKeys("harbour");
        waitFor(() -> !driver.findElements(By.cssSelector("#tk-search-results li mark")).isEmpty(), "search results");
        assertThat(driver.findElement(By.cssSelector("#tk-search-results li mark")).getText()).isEqualTo("harbour");
        assertThat(driver.findElements(By.cssSelector("#tk-search-results li"))).hasSize(100);
        assertThat(driver.findElement(By.id("tk-search-status")).getText())
                .isEqualTo("120 passages found; the first 100 are listed.");
    }

    /** Arabic and Hebrew words are found without their vowel marks, as Latin ones without their accents. */
    @Test
    void wordsWithVowelMarksAreFoundWithoutThem(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("vowels.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Vowels</title></titleStmt>
                <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p xml:lang="ar">قال مَرْحَبًا بالعالم</p><p xml:lang="he">ואמר שָׁלוֹם לכולם</p></body></text></TEI>
                """);
        Path vowels = dir.resolve("site");
        new SiteBuilder().build(List.of(tei), vowels);
        driver.get(vowels.resolve("index.html").toUri().toString());
        WebElement box = driver.findElement(By.id("tk-search"));
        WebElement status = driver.findElement(By.id("tk-search-status"));
        box.sendKeys("مرحبا שלום");
        waitFor(() -> status.getText().contains("found"), "search results");
        assertThat(status.getText()).isEqualTo("1 passage found.");
        assertThat(driver.findElements(By.cssSelector("#tk-search-results li mark"))).extracting(WebElement::getText)
                .containsExactly("مَرْحَبًا", "שָׁלוֹם");
    }

    /** Words in quotation marks are found together, as a phrase, not with the marks as part of them. */
    @Test
    void aQuotedPhraseIsFoundAsAPhrase() throws Exception {
        open("index.html");
        WebElement box = driver.findElement(By.id("tk-search"));
        WebElement status = driver.findElement(By.id("tk-search-status"));
        box.sendKeys("\"river of friendship\"");
        waitFor(() -> status.getText().contains("found"), "search results");
        assertThat(status.getText()).isEqualTo("1 passage found.");
        assertThat(driver.findElement(By.cssSelector("#tk-search-results li mark")).getText()).isEqualToIgnoringCase("river of friendship");
        box.clear();
        box.sendKeys("\u201cfriendship of river\u201d");
        waitFor(() -> status.getText().contains("Nothing"), "no result");
    }

    /** A facet value with a "|" in it filters to its documents (rows held their values joined by "|"). */
    @Test
    void aFacetValueWithABarFiltersToItsDocuments(@TempDir Path dir) throws Exception {
        List<Path> teis = new java.util.ArrayList<>();
        for (String archive : List.of("Smith | Jones papers", "Jones papers")) {
            Path tei = dir.resolve(archive.length() + ".xml");
            Files.writeString(tei, """
                    <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
                    <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><msDesc><msIdentifier>
                    <repository>%s</repository><idno>1</idno></msIdentifier></msDesc></sourceDesc></fileDesc></teiHeader>
                    <text><body><p>Text.</p></body></text></TEI>
                    """.formatted(archive, archive));
            teis.add(tei);
        }
        Path facets = dir.resolve("site");
        new SiteBuilder().build(teis, facets);
        driver.get(facets.resolve("index.html").toUri().toString());
        WebElement button = driver.findElement(By.cssSelector("button[data-facet='archive'][data-value='Smith | Jones papers']"));
        waitFor(() -> !driver.findElements(By.cssSelector("th[data-sort] button")).isEmpty(), "the script");
        button.click();
        assertThat(driver.findElements(By.cssSelector("#tk-documents tbody tr")).stream().filter(WebElement::isDisplayed))
                .extracting(row -> row.findElement(By.tagName("a")).getText()).containsExactly("Smith | Jones papers");
    }

    /** Common highlightings, titles and foreign words look as a reader of print expects. */
    @Test
    void highlightingsTitlesAndForeignWordsAreShown(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("highlighting.html");
        new org.teikit.render.html.HtmlRenderer().render(SiteBuilderTest.FIXTURES.resolve("highlighting.xml"), page);
        driver.get(page.toUri().toString());
        assertThat(style(".rend-caps", "text-transform")).isEqualTo("uppercase");
        assertThat(style(".rend-spaced", "letter-spacing")).isNotEqualTo("normal");
        assertThat(style(".rend-overline", "text-decoration-line")).isEqualTo("overline");
        assertThat(style(".rend-double-underline", "text-decoration-style")).isEqualTo("double");
        assertThat(style(".rend-strike", "text-decoration-line")).isEqualTo("line-through");
        assertThat(style(".title-m", "font-style")).isEqualTo("italic");
        assertThat(style(".title-a", "font-style")).isEqualTo("normal");
        assertThat(style(".foreign", "font-style")).isEqualTo("italic");
    }

    private static String style(String selector, String property) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property);
    }

    @Test
    void anyTeiPageRendersInTheBrowser() throws Exception {
        screenshot("document-any-tei.png", 1280, 900, "any-tei.html");
    }

    /** Takes a screenshot (of {@code page} if given), asserts it is not blank, and saves it. */
    private static void screenshot(String name, int width, int height, String page) throws IOException {
        driver.manage().window().setSize(new Dimension(width, height));
        if (page != null) {
            open(page);
        }
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in " + name + " (a blank page has one)").isGreaterThan(20);
        AtomicFiles.write(Path.of("target/screenshots").resolve(name), png);
        String keep = System.getProperty("teikit.screenshots");
        if (keep != null && !keep.isBlank()) {
            AtomicFiles.write(Path.of(keep).resolve(name), png);
        }
    }
}
