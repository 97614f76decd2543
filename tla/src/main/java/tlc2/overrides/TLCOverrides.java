package tlc2.overrides;

import dev.electorate.tla.TraceData;

/**
 * The operators implemented in Java that TLC looks up by this class name on its classpath
 * (TLC's override mechanism): {@code TraceData!Load}, which reads trace validation's data.
 */
public final class TLCOverrides implements ITLCOverrides {

    @Override
    @SuppressWarnings("rawtypes")
    public Class[] get() {
        return new Class[] {TraceData.class};
    }
}
