package org.teikit.build;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** Nanoseconds per stage, summed over threads. */
final class StageClock {
    private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);

    void add(Stage stage, long n) {
        nanos.addAndGet(stage.ordinal(), n);
    }

    Map<Stage, Duration> toDurations() {
        Map<Stage, Duration> map = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            map.put(stage, Duration.ofNanos(nanos.get(stage.ordinal())));
        }
        return map;
    }
}
