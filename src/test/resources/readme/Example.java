import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.teikit.Conversion;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Teikit;

/** Converts a transcription, validates the TEI, renders HTML and PDF, and prints every diagnostic. */
public class Example {
    public static void main(String[] args) throws Exception {
        Teikit teikit = Teikit.create();  // build once, share it: immutable and thread-safe
        Path transcription = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));

        Conversion conversion = teikit.convert(transcription);
        List<Diagnostic> diagnostics = new ArrayList<>(conversion.report().diagnostics());
        if (conversion.succeeded()) {
            Path tei = Files.writeString(out.resolve("document.xml"), conversion.tei());
            diagnostics.addAll(teikit.validate(tei).diagnostics());
            diagnostics.addAll(teikit.renderHtml(tei, out.resolve("document.html")));
            diagnostics.addAll(teikit.renderPdf(tei, out.resolve("document.pdf"), RenderOptions.defaults()));
        }
        diagnostics.forEach(d -> System.out.println(d.format()));  // file:line:col: severity: message [rule]
    }
}
