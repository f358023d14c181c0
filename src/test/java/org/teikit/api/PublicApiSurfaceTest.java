package org.teikit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.ConversionReport;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Severity;
import org.teikit.Teikit;
import org.teikit.ValidationReport;
import org.teikit.build.BuildListener;
import org.teikit.build.BuildOptions;
import org.teikit.build.BuildResult;
import org.teikit.build.DocumentOutcome;
import org.teikit.build.EditionBuild;
import org.teikit.build.EditionWatch;
import org.teikit.build.Stage;

/**
 * The public API (the README's "Library" section: org.teikit and the build's classes) speaks only in
 * its own types and the JDK's: no Saxon tree or internal teikit type in a public signature, so that
 * the internals can change without breaking a user's code.
 */
class PublicApiSurfaceTest {

    private static final List<Class<?>> API = List.of(Teikit.class, Teikit.Builder.class, Conversion.class,
            ConversionReport.class, ValidationReport.class, Diagnostic.class, Severity.class, RenderOptions.class,
            org.teikit.CorpusRender.class, EditionBuild.class, BuildOptions.class, BuildResult.class, EditionWatch.class, BuildListener.class,
            DocumentOutcome.class, Stage.class);

    @Test
    void publicSignaturesUseOnlyApiAndJdkTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .forEach(m -> signature(m).forEach(t -> {
                        if (!allowed(t)) {
                            leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + t.getTypeName());
                        }
                    }));
        }
        assertThat(leaks).isEmpty();
    }

    private static List<Type> signature(Executable m) {
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        if (m instanceof Method method) {
            types.add(method.getGenericReturnType());
        }
        return types;
    }

    private static boolean allowed(Type t) {
        if (t instanceof ParameterizedType p) {
            return allowed(p.getRawType()) && Stream.of(p.getActualTypeArguments()).allMatch(PublicApiSurfaceTest::allowed);
        }
        if (t instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).allMatch(PublicApiSurfaceTest::allowed);
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive() || c.getName().startsWith("java.")) {
                return true;
            }
            Class<?> outer = c;
            while (outer.getEnclosingClass() != null) {
                outer = outer.getEnclosingClass();
            }
            return API.contains(outer);
        }
        return true; // type variables
    }
}
