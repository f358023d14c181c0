package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the raw messages of Jing (RELAX NG) and Xerces (XML Schema, DTD) into words an editor
 * understands, with a stable rule id, the TEI Guidelines page of the element concerned, and a
 * suggestion where the fix is evident. Messages not recognised keep the validator's wording.
 */
final class GrammarMessages {

    /** A rewritten message; {@code attribute} names the attribute to point at, or null for the element. */
    record Rewritten(String rule, String message, String attribute, boolean atParent) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern WITH_NAMESPACE = Pattern.compile("\\(with xmlns(?::\\w+)?=\"([^\"]*)\"[^)]*\\)");
    private static final Pattern NOT_ALLOWED = Pattern.compile(
            "^element \"([^\"]+)\"(?: from namespace \"([^\"]*)\")? not allowed (anywhere|here|yet|in this context)(?:; (.*))?$");
    private static final Pattern INCOMPLETE = Pattern.compile("^element \"([^\"]+)\" incomplete; (.*)$");
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("^element \"([^\"]+)\" missing required attributes? (.*)$");
    private static final Pattern NO_ATTRIBUTES = Pattern.compile("^found attribute \"([^\"]+)\", but no attributes allowed here$");
    private static final Pattern ATTRIBUTE_NOT_ALLOWED = Pattern.compile("^attribute \"([^\"]+)\"(?: from namespace \"[^\"]*\")? not allowed (?:here|at this point)(?:; (.*))?$");
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("^value of attribute \"([^\"]+)\" is invalid; (.*)$");
    private static final Pattern TEXT_NOT_ALLOWED = Pattern.compile("^text not allowed here(?:; (.*))?$");
    private static final Pattern CHARACTER_CONTENT = Pattern.compile("^character content of element \"([^\"]+)\" invalid; (.*)$");
    private static final Pattern DUPLICATE_ID = Pattern.compile("^duplicate ID \"([^\"]+)\"$");
    private static final Pattern XERCES_CODE = Pattern.compile("^(cvc-[a-zA-Z0-9.-]+|[A-Za-z]+(?:\\.[0-9a-z]+)*): (.*)$", Pattern.DOTALL);

    private GrammarMessages() {
    }

    /**
     * The element a Jing message calls unknown to the schema ("element "x" not allowed anywhere"), or null
     * for any other message.
     */
    static String unknownElement(String raw) {
        Matcher m = NOT_ALLOWED.matcher(raw);
        return m.matches() && m.group(3).equals("anywhere") ? m.group(1) : null;
    }

    /** A Jing message, with the element it concerns (may be null) and that element's parent (may be null). */
    static Rewritten relaxNg(String raw, ElementTracker.Frame element, ElementTracker.Frame parent) {
        Matcher m;
        if ((m = NOT_ALLOWED.matcher(raw)).matches()) {
            String name = m.group(1) + (m.group(2) == null ? "" : " (namespace " + m.group(2) + ")");
            String where = m.group(3);
            String rest = m.group(4) == null ? "" : m.group(4);
            String parentName = parent == null ? null : parent.localName();
            String in = parentName == null ? "" : " inside <" + parentName + ">";
            if (where.equals("yet")) {
                List<String> missing = names(rest.replaceFirst("^expected.*", ""));
                String need = missing.isEmpty() ? "something else must come first" : "first add " + tags(missing);
                return new Rewritten("rng.element-too-early",
                        "<" + name + "> comes too early" + in + ": " + need + "." + see(parent), null, false);
            }
            List<String> expected = expectedElements(rest);
            Matcher namespace = WITH_NAMESPACE.matcher(rest);
            if (m.group(2) == null && expected.contains(m.group(1)) && namespace.find()) {
                // The most common slip of all: the right name without the namespace declaration.
                return new Rewritten("rng.no-namespace", "<" + name + "> is in no namespace: add xmlns=\""
                        + namespace.group(1) + "\" to it (usually on the root element)." + see(parent), null, false);
            }
            String suggestion = Guidelines.closest(m.group(1), expected).map(c -> " Did you mean <" + c + ">?").orElse("");
            String allowed = expected.isEmpty() ? "" : " Allowed here: " + tags(expected) + ".";
            if (where.equals("anywhere") || where.equals("in this context") && m.group(2) != null) {
                return new Rewritten("rng.unknown-element",
                        "<" + name + "> is not an element this schema knows" + in + "." + suggestion + allowed + see(parent), null, false);
            }
            return new Rewritten("rng.element-not-allowed",
                    "<" + name + "> is not allowed here" + in + "." + suggestion + allowed + see(parent), null, false);
        }
        if ((m = INCOMPLETE.matcher(raw)).matches()) {
            String name = m.group(1);
            List<String> missing = names(m.group(2).startsWith("missing") ? m.group(2) : m.group(2).replaceFirst("^expected ", ""));
            String what = m.group(2).startsWith("missing") ? "it needs " + tags(missing) : "it needs one of " + tags(missing);
            String fix = missing.size() == 1 ? " Add <" + missing.get(0) + "> inside <" + name + ">." : "";
            return new Rewritten("rng.missing-element", "<" + name + "> is incomplete: " + what + "." + fix + see(element), null, false);
        }
        if ((m = MISSING_ATTRIBUTE.matcher(raw)).matches()) {
            String name = m.group(1);
            List<String> attributes = names(m.group(2));
            if (element != null && attributes.size() == 1 && element.attribute(attributes.get(0)) != null) {
                // Jing says "missing" when the attribute is there but its value selects no allowed form.
                String a = attributes.get(0);
                return new Rewritten("rng.attribute-value", "<" + name + "> has @" + a + "=\"" + element.attribute(a)
                        + "\", a value that does not fit here." + see(element), a, false);
            }
            return new Rewritten("rng.missing-attribute", "<" + name + "> needs " + attrs(attributes) + "." + see(element), null, false);
        }
        if ((m = NO_ATTRIBUTES.matcher(raw)).matches()) {
            String owner = element == null ? "this element" : "<" + element.localName() + ">";
            return new Rewritten("rng.attribute-not-allowed", owner + " takes no attributes: remove @" + m.group(1) + "." + see(element),
                    m.group(1), false);
        }
        if ((m = ATTRIBUTE_NOT_ALLOWED.matcher(raw)).matches()) {
            String owner = element == null ? "this element" : "<" + element.localName() + ">";
            List<String> expected = m.group(2) == null ? List.of() : names(m.group(2));
            String suggestion = Guidelines.closest(m.group(1), expected).map(c -> " Did you mean @" + c + "?").orElse("");
            String allowed = expected.isEmpty() ? "" : " Allowed: " + attrs(expected) + ".";
            return new Rewritten("rng.attribute-not-allowed", "@" + m.group(1) + " is not allowed on " + owner + "." + suggestion + allowed
                    + see(element), m.group(1), false);
        }
        if ((m = ATTRIBUTE_VALUE.matcher(raw)).matches()) {
            String a = m.group(1);
            String value = element == null ? null : element.attribute(a);
            String owner = element == null ? "" : " on <" + element.localName() + ">";
            String shown = value == null ? "@" + a : "@" + a + "=\"" + value + "\"";
            List<String> allowed = m.group(2).startsWith("must be equal to") ? names(m.group(2)) : List.of();
            String detail;
            if (allowed.size() == 1) {
                detail = " Use \"" + allowed.get(0) + "\".";
            } else if (!allowed.isEmpty()) {
                detail = " Use one of " + String.join(", ", allowed.stream().map(v -> "\"" + v + "\"").toList()) + "."
                        + (value == null ? "" : Guidelines.closest(value, allowed).map(c -> " Did you mean \"" + c + "\"?").orElse(""));
            } else {
                // TEI writes "no spaces" as the regular expression \S+; say it in words.
                detail = " It " + m.group(2).replace("matching the regular expression \"\\S+\"", "without spaces") + ".";
            }
            return new Rewritten("rng.attribute-value", shown + owner + " is not an allowed value." + detail + see(element), a, false);
        }
        if ((m = TEXT_NOT_ALLOWED.matcher(raw)).matches()) {
            ElementTracker.Frame container = parent != null && element != null ? parent : element;
            String where = container == null ? "here" : "directly inside <" + container.localName() + ">";
            return new Rewritten("rng.text-not-allowed", "Text is not allowed " + where
                    + "; put it inside an element such as <p>." + see(container), null, container == parent);
        }
        if ((m = CHARACTER_CONTENT.matcher(raw)).matches()) {
            String detail = m.group(2).contains("\\S") ? "it must not be empty" : m.group(2);
            return new Rewritten("rng.text-value", "The text of <" + m.group(1) + "> is not valid: " + detail + "." + see(element), null, false);
        }
        if ((m = DUPLICATE_ID.matcher(raw)).matches()) {
            return new Rewritten("rng.duplicate-id", "The identifier \"" + m.group(1)
                    + "\" is used more than once; every xml:id must be unique.", "xml:id", false);
        }
        return new Rewritten("rng.invalid", raw, null, false);
    }

    /** A Xerces message ({@code cvc-...: text}) for XML Schema or DTD validation. */
    static Rewritten xerces(String raw, ElementTracker.Frame element, ElementTracker.Frame parent) {
        Matcher m = XERCES_CODE.matcher(raw);
        String code = m.matches() ? m.group(1) : "invalid";
        // Xerces writes qualified names as {"namespace":local}; editors know them by their local name.
        String text = (m.matches() ? m.group(2) : raw).replaceAll("\\{?\"[^\"]*\":([A-Za-z_][\\w.-]*)\\}?", "$1");
        List<String> quoted = quotedSingle(text);
        String owner = element == null ? "" : "<" + element.localName() + ">";
        String message = text;
        String attribute = null;
        switch (code) {
            case "cvc-complex-type.2.4.a", "cvc-complex-type.2.4.d" -> {
                if (!quoted.isEmpty()) {
                    List<String> expected = quoted.size() > 1 ? elementList(quoted.get(1)) : List.of();
                    String in = parent == null ? "" : " inside <" + parent.localName() + ">";
                    String suggestion = Guidelines.closest(quoted.get(0), expected).map(c -> " Did you mean <" + c + ">?").orElse("");
                    message = "<" + quoted.get(0) + "> is not allowed here" + in + "." + suggestion
                            + (expected.isEmpty() ? "" : " Allowed here: " + tags(expected) + ".");
                    return new Rewritten("xsd." + code, message + see(parent), null, false);
                }
            }
            case "cvc-complex-type.2.4.b" -> {
                if (quoted.size() > 1) {
                    message = "<" + quoted.get(0) + "> is incomplete: it needs " + quoted.get(1) + ".";
                }
            }
            case "cvc-complex-type.4" -> {
                if (quoted.size() > 1) {
                    message = "<" + quoted.get(1) + "> needs the attribute @" + quoted.get(0) + ".";
                }
            }
            case "cvc-complex-type.3.2.2" -> {
                if (quoted.size() > 1) {
                    attribute = quoted.get(0);
                    message = "@" + quoted.get(0) + " is not allowed on <" + quoted.get(1) + ">.";
                }
            }
            case "cvc-elt.1.a", "cvc-elt.1" -> {
                if (!quoted.isEmpty()) {
                    message = "<" + quoted.get(0) + "> is not an element this schema declares.";
                }
            }
            default -> {
                if (code.startsWith("cvc-attribute") && quoted.size() > 1) {
                    attribute = quoted.get(1);
                }
            }
        }
        return new Rewritten("xsd." + code, message + (owner.isEmpty() ? "" : see(element)), attribute, false);
    }

    /** "{a, b, model.x, c}" as [a, b, c]: substitution-group heads (TEI's model classes) are not elements one writes. */
    private static List<String> elementList(String braces) {
        List<String> names = new ArrayList<>();
        for (String n : braces.replaceAll("[{}]", "").split(",")) {
            String t = n.trim();
            if (!t.isEmpty() && !t.startsWith("model.")) {
                names.add(t);
            }
        }
        return names;
    }

    private static String see(ElementTracker.Frame frame) {
        return frame == null ? "" : Guidelines.seeAlso(frame.namespace(), frame.localName());
    }

    private static List<String> expectedElements(String rest) {
        int i = rest.indexOf("element ");
        if (!rest.startsWith("expected") || i < 0) {
            return List.of();
        }
        // Jing prefixes names when several namespaces are in play (ns1:ab); editors know them unprefixed.
        return names(rest.substring(i)).stream().map(n -> n.replaceFirst("^[A-Za-z_][\\w.-]*:", "")).distinct().toList();
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        // Jing says which namespace the names are in as "(with xmlns="...")": not a name itself.
        Matcher q = QUOTED.matcher(WITH_NAMESPACE.matcher(text).replaceAll(""));
        while (q.find()) {
            names.add(q.group(1));
        }
        return names;
    }

    private static List<String> quotedSingle(String text) {
        List<String> names = new ArrayList<>();
        Matcher q = Pattern.compile("'([^']*)'").matcher(text);
        while (q.find()) {
            names.add(q.group(1));
        }
        return names;
    }

    private static final int LIST_LIMIT = 20;

    private static String tags(List<String> names) {
        String shown = String.join(", ", names.stream().limit(LIST_LIMIT).map(n -> "<" + n + ">").toList());
        return names.size() > LIST_LIMIT ? shown + " and " + (names.size() - LIST_LIMIT) + " more" : shown;
    }

    private static String attrs(List<String> names) {
        return String.join(", ", names.stream().map(n -> "@" + n).toList());
    }
}
