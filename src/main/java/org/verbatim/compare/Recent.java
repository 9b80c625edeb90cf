package org.verbatim.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Results worked out lately, for the comparison's repeated analyses of the same texts. */
final class Recent {

    private Recent() {
    }

    /** A thread-safe map that keeps the {@code max} most recently used entries. */
    static <K, V> Map<K, V> keeping(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        });
    }
}
