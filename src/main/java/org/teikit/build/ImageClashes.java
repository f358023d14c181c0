package org.teikit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.teikit.Diagnostic;

/**
 * Clashes between a rebuilt document's images and an unchanged document's: two documents whose pages
 * show different images that go to the same place beside the pages ({@code a/img/p1.png} and
 * {@code b/img/p1.png}, both copied to {@code OUT/img/p1.png}). {@link org.teikit.render.html.PageImages}
 * sees the copies of one build; an unchanged document's copy was made by an earlier build, and only
 * the build state still knows it.
 */
final class ImageClashes {

    private ImageClashes() {
    }

    /**
     * The outcomes, each rebuilt document whose image replaced a different image of an unchanged
     * document with a warning more.
     *
     * @param inDir    the input folder, which the images' sources are relative to
     * @param outcomes the build's outcomes
     * @param imagesOf the images each document's page shows (null for none)
     */
    static List<DocumentOutcome> warn(Path inDir, List<DocumentOutcome> outcomes,
                                      Function<DocumentOutcome, List<BuildState.Image>> imagesOf) {
        Map<String, Shown> unchanged = new HashMap<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.upToDate()) {
                for (BuildState.Image image : copied(imagesOf.apply(outcome))) {
                    unchanged.putIfAbsent(image.target(), new Shown(outcome, image));
                }
            }
        }
        if (unchanged.isEmpty()) {
            return outcomes;
        }
        List<DocumentOutcome> warned = new ArrayList<>(outcomes.size());
        for (DocumentOutcome outcome : outcomes) {
            List<Diagnostic> clashes = new ArrayList<>();
            if (!outcome.upToDate()) {
                for (BuildState.Image image : copied(imagesOf.apply(outcome))) {
                    Shown other = unchanged.get(image.target());
                    if (other != null && !other.image().source().equals(image.source())
                            && differ(inDir.resolve(image.source()), inDir.resolve(other.image().source()))) {
                        clashes.add(Diagnostic.warning(outcome.input().toString(), 0, 0, "page.image-clash",
                                "The page shows the image " + image.source() + ", copied to " + image.target()
                                        + " beside the pages, where " + other.image().source() + " of "
                                        + other.outcome().input() + " (unchanged) was: that page now shows this"
                                        + " image. Rename one of them."));
                    }
                }
            }
            if (clashes.isEmpty()) {
                warned.add(outcome);
            } else {
                List<Diagnostic> diagnostics = new ArrayList<>(outcome.diagnostics());
                diagnostics.addAll(clashes);
                warned.add(new DocumentOutcome(outcome.input(), outcome.name(), diagnostics, false,
                        outcome.siteEntry(), outcome.members()));
            }
        }
        return warned;
    }

    private record Shown(DocumentOutcome outcome, BuildState.Image image) {
    }

    /**
     * The places beside the pages whose copy an unchanged document cannot trust: places that documents
     * of the last build filled from different images, one of which is gone, changed, or belongs to a
     * document that is gone or changed. The copy there may be the other document's image (it was
     * {@code a/img/p1.png}, now deleted, while {@code b}'s page shows {@code b/img/p1.png}): every
     * document showing such a place is rebuilt, and copies its own image again, as a full build would.
     *
     * @param inDir    the input folder
     * @param previous the last build's state
     * @param hashes   the content hash of each input of this build, by its path relative to {@code inDir}
     */
    static java.util.Set<String> untrustedCopies(Path inDir, BuildState previous, Map<String, String> hashes) {
        Map<String, List<Map.Entry<String, BuildState.Image>>> byTarget = new HashMap<>();
        previous.documents().forEach((key, entry) -> {
            for (BuildState.Image image : copied(entry.images())) {
                byTarget.computeIfAbsent(image.target(), t -> new ArrayList<>()).add(Map.entry(key, image));
            }
        });
        java.util.Set<String> untrusted = new java.util.HashSet<>();
        byTarget.forEach((target, shownBy) -> {
            if (shownBy.stream().map(e -> e.getValue().source()).distinct().count() < 2) {
                return; // one image, whoever shows it: the copy is that image
            }
            for (Map.Entry<String, BuildState.Image> e : shownBy) {
                BuildState.Entry before = previous.documents().get(e.getKey());
                if (!before.sha256().equals(hashes.get(e.getKey())) || !java.util.Objects.equals(e.getValue().stamp(),
                        org.teikit.build.InputStamp.describe(inDir.resolve(e.getValue().source())))) {
                    untrusted.add(target);
                    return;
                }
            }
        });
        return untrusted;
    }

    /** The images that were there to copy. */
    private static List<BuildState.Image> copied(List<BuildState.Image> images) {
        return images == null ? List.of() : images.stream().filter(i -> i.stamp() != null).toList();
    }

    private static boolean differ(Path one, Path other) {
        try {
            return Files.mismatch(one, other) != -1;
        } catch (IOException e) {
            return true; // one of them is gone or unreadable: they cannot be the same picture
        }
    }
}
