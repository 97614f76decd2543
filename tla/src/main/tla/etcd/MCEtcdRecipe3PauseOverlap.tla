---- MODULE MCEtcdRecipe3PauseOverlap ----
(* The etcd recipe as MCEtcdRecipe3Pause: a paused leader still believes it leads after its lease expired and the next client leads (OneBelief fails, as it must). *)
EXTENDS EtcdRecipe
====
