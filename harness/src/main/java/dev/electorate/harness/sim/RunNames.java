package dev.electorate.harness.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.io.IOException;
import java.util.function.Function;

/**
 * The file boundary of a {@link RunSpec}: its algorithm and fault class are written by their command-line names and
 * read back into the objects, so that inside the harness a run carries the objects themselves. Reading a run needs
 * the algorithms by name, which the command line knows and the simulator does not: the reader is handed them as the
 * attribute {@link #ALGORITHMS} (a {@code Function<String, Algorithm>}).
 */
public final class RunNames {

    /** The attribute of a Jackson reader that finds an algorithm by its name. */
    public static final Object ALGORITHMS = RunNames.class.getName() + ".algorithms";

    private RunNames() {}

    /** Writes an algorithm as its name. */
    public static final class AlgorithmWriter extends StdSerializer<Algorithm> {
        public AlgorithmWriter() {
            super(Algorithm.class);
        }

        @Override
        public void serialize(Algorithm value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.name());
        }
    }

    /** Reads an algorithm's name back into the algorithm, through the reader's {@link #ALGORITHMS}. */
    public static final class AlgorithmReader extends StdDeserializer<Algorithm> {
        public AlgorithmReader() {
            super(Algorithm.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Algorithm deserialize(JsonParser in, DeserializationContext context) throws IOException {
            Object byName = context.getAttribute(ALGORITHMS);
            if (!(byName instanceof Function<?, ?> algorithms)) {
                throw new IllegalStateException("a run was read without the algorithms by name (attribute "
                        + ALGORITHMS + ")");
            }
            return ((Function<String, Algorithm>) algorithms).apply(in.getValueAsString());
        }
    }

    /** Writes a fault class as its command-line name. */
    public static final class FaultClassWriter extends StdSerializer<FaultClass> {
        public FaultClassWriter() {
            super(FaultClass.class);
        }

        @Override
        public void serialize(FaultClass value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.cliName());
        }
    }

    /** Writes the absent fault class of an exhaustive path as "exhaustive", the word its files have always had. */
    public static final class ExhaustiveWriter extends StdSerializer<Object> {
        public ExhaustiveWriter() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(ExhaustiveExplorer.FAULT_CLASS);
        }
    }

    /** Reads a fault class by its command-line name; "exhaustive" is the absent one of an exhaustive path. */
    public static final class FaultClassReader extends StdDeserializer<FaultClass> {
        public FaultClassReader() {
            super(FaultClass.class);
        }

        @Override
        public FaultClass deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return faultClass(in.getValueAsString());
        }
    }

    /** The fault class named {@code name}, or null for "exhaustive"; an unknown name fails, listing the accepted. */
    public static FaultClass faultClass(String name) {
        return ExhaustiveExplorer.FAULT_CLASS.equals(name) ? null : FaultClass.parse(name);
    }
}
