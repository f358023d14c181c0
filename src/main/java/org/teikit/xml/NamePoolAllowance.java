package org.teikit.xml;

import java.util.concurrent.atomic.AtomicInteger;

import net.sf.saxon.om.NamePool;
import net.sf.saxon.om.NamespaceUri;

/**
 * How many names documents may still bring into a Saxon name pool. The pool keeps every element and
 * attribute name it is given for as long as the process runs, about a million at most, and once full
 * refuses every document, and even the names of teikit's own pages: a hundred made-up documents of
 * 10,000 names each (each under {@link SecureXml#MAX_DISTINCT_NAMES}) stopped a whole build, its index
 * included. Names the pool already holds (TEI's, HTML's) cost nothing, so ordinary documents are never
 * refused; only those that bring new names once documents have brought {@code limit} of them. A name
 * let in is put into the pool at once, so that it is counted once however often it is read, also by
 * a parse that builds no Saxon tree (a validation by grammar alone). Thread-safe; two threads letting
 * in the same new name count it twice, which a limit well short of the pool's size absorbs.
 */
final class NamePoolAllowance {

    private final NamePool pool;
    private final int limit;
    private final AtomicInteger brought = new AtomicInteger();

    NamePoolAllowance(NamePool pool, int limit) {
        this.pool = pool;
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /**
     * Whether a document may hand this name to Saxon: true if the pool holds it already, or if the
     * allowance has room for one more (then put into the pool and counted).
     */
    boolean admit(String uri, String localName) {
        NamespaceUri namespace = NamespaceUri.of(uri);
        if (pool.getFingerprint(namespace, localName) != -1) {
            return true;
        }
        if (brought.get() >= limit) {
            return false;
        }
        brought.incrementAndGet();
        pool.allocateFingerprint(namespace, localName);
        return true;
    }
}
