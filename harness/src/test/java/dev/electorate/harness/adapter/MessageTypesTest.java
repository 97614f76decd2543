package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Message records are found by the simple name they travel under, top-level or nested, and nothing else is. */
class MessageTypesTest {

    @Test
    void findsATopLevelRecord() {
        assertEquals(dev.electorate.impl.paxos.Messages.Prepare.class, MessageTypes.find(dev.electorate.impl.paxos.Paxos.class, "Prepare"));
    }

    @Test
    void findsARecordNestedInAnotherTypeOfThePackage() {
        assertEquals(dev.electorate.impl.zookeeper.Messages.OpenSession.class,
                MessageTypes.find(dev.electorate.impl.zookeeper.SimulatedZooKeeper.class, "OpenSession"));
        assertEquals(dev.electorate.impl.etcd.Messages.LeaseGrant.class,
                MessageTypes.find(dev.electorate.impl.etcd.EtcdRecipeAlgorithm.class, "LeaseGrant"));
    }

    @Test
    void findsNothingUnderAnUnknownNameOrANonMessage() {
        assertNull(MessageTypes.find(dev.electorate.impl.zookeeper.SimulatedZooKeeper.class, "NoSuchMessage"));
        assertNull(MessageTypes.find(dev.electorate.impl.paxos.Paxos.class, "State")); // a nested enum, not a message
    }
}
