package org.teikit.maven;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.teikit.RenderOptions;

/** The outputs the {@code render} goal makes, and the reading of its paper setting. */
enum RenderFormat {
    HTML, FO, PDF;

    /** The file extension, with its dot. */
    String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code html}, {@code fo}, {@code pdf} in any case; anything else is a configuration mistake. */
    static Set<RenderFormat> parse(List<String> values) throws MojoExecutionException {
        Set<RenderFormat> formats = EnumSet.noneOf(RenderFormat.class);
        for (String value : values == null ? List.<String>of() : values) {
            String v = value.trim();
            if (v.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("formats: '" + v + "' is not one of " + allowed());
            }
        }
        if (formats.isEmpty()) {
            throw new MojoExecutionException("formats: name at least one of " + allowed());
        }
        return formats;
    }

    static RenderOptions.Paper paper(String value) throws MojoExecutionException {
        try {
            return RenderOptions.Paper.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MojoExecutionException("paper: '" + value + "' is not one of "
                    + Arrays.stream(RenderOptions.Paper.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String allowed() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
