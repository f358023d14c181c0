package org.teikit.pipeline;

import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first; thread-safe. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** Runs {@code action} on the value if it was made already; never makes it. */
    void ifMade(java.util.function.Consumer<T> action) {
        T v = value;
        if (v != null) {
            action.accept(v);
        }
    }
}
