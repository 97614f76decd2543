package dev.electorate.harness.sim;

import dev.electorate.harness.io.TraceCodec;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One SHA-256 over the traces of every algorithm (and Raft with PreVote and CheckQuorum), itself and each of its
 * mutants, under every fault class, seeds 7919, 15838 and 23757 on 4, 5 and 6 nodes: a refactoring that must leave
 * runs alone prints the same digest before and after. Not a test (the digest moves whenever a mutant or a fault
 * is added); run it by hand after {@code mvn -pl harness -am test-compile package -DskipTests}:
 * {@code java -cp harness/target/test-classes:harness/target/electorate.jar dev.electorate.harness.sim.TraceDigest}.
 */
public final class TraceDigest {

    private TraceDigest() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        int traces = 0;
        long bytes = 0;
        List<Algorithm> algorithms = new ArrayList<>(Algorithms.all());
        algorithms.add(Algorithms.byName("raft+pre-vote+check-quorum"));
        for (Algorithm a : algorithms) {
            List<String> variants = new ArrayList<>();
            variants.add(null);
            a.mutants().stream().map(Mutant::name).forEach(variants::add);
            MessageDigest each = MessageDigest.getInstance("SHA-256");
            for (String mutant : variants) {
                for (FaultClass f : FaultClass.values()) {
                    for (long seed = 1; seed <= 3; seed++) {
                        byte[] trace = TraceCodec.write(Runs.execute(Runs.generate(a, mutant, 3 + (int) seed, f,
                                seed * 7919))).getBytes(StandardCharsets.UTF_8);
                        all.update(trace);
                        each.update(trace);
                        traces++;
                        bytes += trace.length;
                    }
                }
            }
            System.out.println(a.name() + " " + HexFormat.of().formatHex(each.digest()).substring(0, 16));
        }
        System.out.println("traces " + traces + " bytes " + bytes);
        System.out.println("digest " + HexFormat.of().formatHex(all.digest()));
    }
}
