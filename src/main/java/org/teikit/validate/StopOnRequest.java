package org.teikit.validate;

import java.util.Map;

import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.TraceListener;
import net.sf.saxon.om.Item;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.trace.Traceable;
import net.sf.saxon.trans.UncheckedXPathException;
import net.sf.saxon.trans.XPathException;

/**
 * Ends a user's Schematron evaluation once it is asked to {@link TimeLimit.Stop stop}. Saxon-HE has no
 * way to cancel a transformation, but with a trace listener set it tells the listener of each item that
 * template rules are applied to and that {@code xsl:iterate} takes up (the stylesheet need not be
 * compiled with tracing, which would break tail calls: see {@link TimeLimit}); this listener throws
 * there once the stop was requested, as a dynamic error. A schema's {@code xsl:try} may catch it, but the
 * next item throws again. Set only on users' schemas; teikit's own are trusted and run without it.
 *
 * <p>Its cost is within the noise: the three FRUS volumes of the shared corpus (5.7 MB) against a user
 * schema of ordinary rules, in one warm JVM, alternating, best of 9 rounds: 283.1 ms without, 289.0 ms
 * with (+2.1%); again 238.0 / 245.5 ms (+3.1%); an earlier run -6.6% (a loaded two-core machine;
 * {@code StopListenerCost} in the tests).
 */
final class StopOnRequest implements TraceListener {

    private final TimeLimit.Stop stop;

    private StopOnRequest(TimeLimit.Stop stop) {
        this.stop = stop;
    }

    /** Makes {@code transformer} end at its next traced event once {@code stop} is requested. */
    static void attach(Xslt30Transformer transformer, TimeLimit.Stop stop) {
        transformer.setTraceListener(new StopOnRequest(stop));
    }

    @Override
    public void enter(Traceable instruction, Map<String, Object> properties, XPathContext context) {
        stopIfAsked();
    }

    @Override
    public void startCurrentItem(Item item) {
        stopIfAsked();
    }

    private void stopIfAsked() {
        if (stop.requested()) {
            throw new UncheckedXPathException(new XPathException("stopped after its time limit"));
        }
    }
}
