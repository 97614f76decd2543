package dev.electorate.spec;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message between nodes: an immutable value whose type name is the TLA+ message type.
 *
 * <p>Algorithms write messages as records; their components are the message's fields, in
 * declaration order, as they appear in traces and in TLA+ records.
 */
public interface Message {

    /** The message type, as the TLA+ spec names it. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The message's fields in a stable order; records get theirs from their components. */
    default Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (getClass().isRecord()) {
            for (RecordComponent component : getClass().getRecordComponents()) {
                try {
                    fields.put(component.getName(), component.getAccessor().invoke(this));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + this, e);
                }
            }
        }
        return fields;
    }
}
