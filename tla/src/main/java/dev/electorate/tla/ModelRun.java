package dev.electorate.tla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One TLC check of a manifest model: TLC's verdict and the witnesses it reached, held against what
 * the manifest records for the model.
 *
 * @param reached each witness predicate TLC reached, with the depth of the first state that satisfied it
 */
public record ModelRun(Model model, TlcResult result, Map<String, Integer> reached) {

    public ModelRun {
        reached = Map.copyOf(reached);
    }

    /** True when TLC gave the expected verdict. */
    public boolean asExpected() {
        return model.expect().matches(result);
    }

    /**
     * Every way this run departs from the manifest, one sentence each naming the model: a wrong
     * verdict, and for a model that passes, a witness not reached or a count that drifted.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String name = model.config();
        if (!asExpected()) {
            String detail = result instanceof TlcResult.SpecError e ? e.describe() : result.label();
            problems.add(name + " should be " + model.expect() + " but TLC says " + detail + " (" + result.stats() + ")");
            return problems;
        }
        if (model.isMutant()) {
            return problems;
        }
        for (var w : model.witnesses().entrySet()) {
            Integer depth = reached.get(w.getKey());
            if (depth == null) {
                problems.add(name + " never reaches its witness " + w.getKey()
                        + ": no reachable state satisfies it, so the model does not meet that situation");
            } else if (w.getValue() > 0 && !depth.equals(w.getValue())) {
                problems.add(name + " reaches " + w.getKey() + " first at depth " + depth + ", the manifest says "
                        + w.getValue());
            }
        }
        if (result.stats().distinctStates() != model.states()) {
            problems.add(name + " has " + result.stats().distinctStates() + " distinct states, the manifest says "
                    + model.states());
        }
        if (result.stats().depth() != model.depth()) {
            problems.add(name + " has depth " + result.stats().depth() + ", the manifest says " + model.depth());
        }
        return problems;
    }

    /** The manifest row with this run's figures. */
    public Model measured() {
        Map<String, Integer> witnesses = new java.util.TreeMap<>();
        model.witnesses().keySet().forEach(w -> witnesses.put(w, reached.getOrDefault(w, 0)));
        if (!model.isMutant() && !model.isInductive()) {
            witnesses.putAll(reached); // a witness newly defined and reached becomes one the model must keep reaching
        }
        return model.measured(result.stats().distinctStates(), result.stats().depth(), witnesses,
                result.stats().seconds());
    }
}
