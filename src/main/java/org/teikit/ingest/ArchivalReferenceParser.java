package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.Metadata.ArchivalReference;
import org.teikit.tei.Metadata.ArchivalReference.Part;

/**
 * Splits archival references into repository and parts: Russian archives (AVPRF, RGANI, RGASPI,
 * GARF, RGAE: fond / opis / papka / delo / listy), the PRC Foreign Ministry Archive (file number,
 * pages), the Bundesarchiv (Bestand / Signatur / Blatt) and NARA (record group, series, box,
 * folder). Stateless and thread-safe.
 */
public final class ArchivalReferenceParser {

    private static final Map<String, String> REPOSITORIES = Map.ofEntries(
            Map.entry("AVPRF", "Archive of Foreign Policy of the Russian Federation (AVPRF)"),
            Map.entry("RGANI", "Russian State Archive of Contemporary History (RGANI)"),
            Map.entry("RGASPI", "Russian State Archive of Socio-Political History (RGASPI)"),
            Map.entry("GARF", "State Archive of the Russian Federation (GARF)"),
            Map.entry("RGAE", "Russian State Archive of the Economy (RGAE)"),
            Map.entry("PRC FMA", "Archive of the Ministry of Foreign Affairs of the People's Republic of China (PRC FMA)"),
            Map.entry("BArch", "Bundesarchiv (BArch)"),
            Map.entry("SAPMO-BArch", "Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv (SAPMO-BArch)"),
            Map.entry("NARA", "National Archives and Records Administration (NARA)"));

    /** The language each repository's documents are mostly written in (for an inferred langUsage). */
    private static final Map<String, String> LANGUAGES = Map.of(
            "AVPRF", "ru", "RGANI", "ru", "RGASPI", "ru", "GARF", "ru", "RGAE", "ru",
            "PRC FMA", "zh", "BArch", "de", "SAPMO-BArch", "de", "NARA", "en");

    private static final Pattern RUSSIAN = Pattern.compile("^(AVPRF|RGANI|RGASPI|GARF|RGAE)[,.]?\\s+(.+)$");
    /** Any archive cited in the Russian style ("Archive of X f. 12, op. 3, d. 4"): repository as written. */
    private static final Pattern RUSSIAN_STYLE = Pattern.compile("^(\\p{Lu}[^,]{2,80}?),?\\s+(f\\.\\s*\\d.*)$");
    private static final Pattern PRC = Pattern.compile("^(?:PRC\\s+FMA|PRC\\s+Foreign\\s+Ministry\\s+Archive)"
            + "[,:]?\\s*(?:No\\.\\s*)?(\\d{3}-\\d{5}-\\d{2})(?:,\\s*(?:pp?\\.\\s*)?(\\d+(?:\\s*-\\s*\\d+)?))?\\.?$");
    private static final Pattern BARCH = Pattern.compile("^(SAPMO-BArch|BArch|Bundesarchiv)[,:]?\\s+(?:BArch\\s+)?"
            + "([A-Z]{1,3}\\s?\\d+)\\s*/\\s*([^,]+?)(?:,\\s*(?:Bl\\.|Blatt)\\s*(\\d+(?:\\s*-\\s*\\d+)?))?\\.?$");
    private static final Pattern NARA = Pattern.compile("^(?:NARA|National Archives(?: and Records Administration)?)"
            + "(?:,\\s*College Park)?[,:]?\\s+(.+)$");
    private static final Pattern RUSSIAN_PART = Pattern.compile(
            "^(f|op|p|d|ll?|list|listy)\\.\\s*(\\S.*?)$|^(\\d{4})$");
    private static final Pattern NARA_PART = Pattern.compile(
            "^(?:(RG)\\s*(\\d+)|(?:Record Group)\\s+(\\d+)|([Bb]ox)\\s+(\\S.*)|([Ff]older)\\s+(\\S.*))$");

    /** A reference the parser recognised, with the language inferred from its repository. */
    public record Parsed(ArchivalReference reference, String repositoryKey, String inferredLanguage) {
    }

    /** Reads a whole reference such as "AVPRF f. 0100, op. 49, 1956, p. 410, d. 6, l. 39-40". */
    public Optional<Parsed> parse(String raw) {
        String text = raw.strip().replaceAll("\\.$", "");
        Matcher m;
        if ((m = RUSSIAN.matcher(text)).matches()) {
            return russian(text, m.group(1), m.group(2));
        }
        if ((m = PRC.matcher(text)).matches()) {
            List<Part> parts = new ArrayList<>();
            parts.add(new Part("file", m.group(1)));
            if (m.group(2) != null) {
                parts.add(new Part("pages", m.group(2).replaceAll("\\s", "")));
            }
            return parsed("PRC FMA", text, parts);
        }
        if ((m = BARCH.matcher(text)).matches()) {
            String key = m.group(1).equals("Bundesarchiv") ? "BArch" : m.group(1);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part("bestand", m.group(2)));
            parts.add(new Part("signatur", m.group(3).strip()));
            if (m.group(4) != null) {
                parts.add(new Part("blatt", m.group(4).replaceAll("\\s", "")));
            }
            return parsed(key, text, parts);
        }
        if ((m = NARA.matcher(text)).matches()) {
            return nara(text, m.group(1));
        }
        if ((m = RUSSIAN_STYLE.matcher(text)).matches()) {
            String repository = m.group(1).strip();
            return russian(text, repository, m.group(2)).map(p -> new Parsed(
                    new ArchivalReference(repository, text, p.reference().parts()), repository, null));
        }
        return Optional.empty();
    }

    /** True when the string opens like an archival reference (so that a caller can try to split it off). */
    public boolean looksLikeReference(String text) {
        return text.strip().matches("^(AVPRF|RGANI|RGASPI|GARF|RGAE|PRC FMA|PRC Foreign Ministry Archive|SAPMO-BArch|BArch"
                + "|Bundesarchiv|NARA|National Archives)\\b.*") || RUSSIAN_STYLE.matcher(text.strip()).matches();
    }

    private Optional<Parsed> russian(String text, String archive, String rest) {
        List<Part> parts = new ArrayList<>();
        for (String piece : rest.split(",\\s*")) {
            Matcher m = RUSSIAN_PART.matcher(piece.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            if (m.group(3) != null) {
                continue; // the year after the opis belongs to the reference as written only
            }
            String type = switch (m.group(1)) {
                case "f" -> "fond";
                case "op" -> "opis";
                case "p" -> "papka";
                case "d" -> "delo";
                default -> "listy";
            };
            parts.add(new Part(type, m.group(2).strip()));
        }
        return parts.isEmpty() ? Optional.empty() : parsed(archive, text, parts);
    }

    private Optional<Parsed> nara(String text, String rest) {
        List<Part> parts = new ArrayList<>();
        for (String piece : rest.split(",\\s*")) {
            Matcher m = NARA_PART.matcher(piece.strip());
            if (!m.matches()) {
                parts.add(new Part("series", piece.strip()));
            } else if (m.group(2) != null || m.group(3) != null) {
                parts.add(new Part("recordGroup", m.group(2) != null ? m.group(2) : m.group(3)));
            } else if (m.group(5) != null) {
                parts.add(new Part("box", m.group(5)));
            } else {
                parts.add(new Part("folder", m.group(7)));
            }
        }
        return parts.stream().anyMatch(p -> p.type().equals("recordGroup")) ? parsed("NARA", text, parts)
                : Optional.empty();
    }

    private static Optional<Parsed> parsed(String key, String text, List<Part> parts) {
        return Optional.of(new Parsed(new ArchivalReference(REPOSITORIES.get(key), text, parts), key,
                LANGUAGES.get(key)));
    }
}
