package org.teikit.validate;

import java.util.Map;

import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.TraceListener;
import net.sf.saxon.om.Item;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.trace.Traceable;

/**
 * Ends a Schematron evaluation once it is asked to {@link TimeLimit.Stop stop}. Saxon-HE has no way to
 * cancel a transformation, but a stylesheet compiled with tracing calls its trace listener on entering
 * each instruction, template and function, and on each item it applies templates to; this listener
 * throws there once the stop was requested. The exception is not one of Saxon's, so that a schema's own
 * {@code xsl:try} does not catch it.
 */
final class StopOnRequest implements TraceListener {

    /** Thrown inside the evaluation to end it; nobody waits for its result any more. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped after its time limit", null, false, false);
        }
    }

    private final TimeLimit.Stop stop;

    private StopOnRequest(TimeLimit.Stop stop) {
        this.stop = stop;
    }

    /** Makes {@code transformer} (of a stylesheet compiled with tracing) end when {@code stop} is requested. */
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
            throw new Stopped();
        }
    }
}
