package dev.electorate.validate.zookeeper;

import dev.electorate.validate.ValidateCli;

/** {@code electorate validate zookeeper}: Curator's recipes on a real ZooKeeper ensemble under real faults. */
public final class ValidateZooKeeper {
    private ValidateZooKeeper() {}

    public static void main(String[] args) {
        System.exit(ValidateCli.execute(new ZooKeeperService(), args));
    }
}
