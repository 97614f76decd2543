package dev.electorate.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message known only by its type and fields: read back from a trace or from an external node. */
public record GenericMessage(String type, Map<String, Object> fields) implements Message {
    public GenericMessage {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
