package dev.electorate.validate.etcd;

import dev.electorate.validate.ValidateCli;

/** {@code electorate validate etcd}: etcd's election through jetcd on a real etcd server under real faults. */
public final class ValidateEtcd {
    private ValidateEtcd() {}

    public static void main(String[] args) {
        System.exit(ValidateCli.execute(new EtcdService(), args));
    }
}
