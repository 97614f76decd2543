----------------------------- MODULE TraceData -----------------------------
(***************************************************************************)
(* Load(file) is the TLA+ value written in file: the traces that trace     *)
(* validation checks.  TLC evaluates it in Java (dev.electorate.tla.       *)
(* TraceData, through TLC's override mechanism), which reads the file      *)
(* once instead of parsing megabytes of trace literal with SANY.  Without  *)
(* the Java class on TLC's classpath the definition below stops TLC.       *)
(***************************************************************************)
LOCAL INSTANCE TLC

Load(file) == Assert(FALSE, "TraceData!Load needs dev.electorate.tla.TraceData on TLC's classpath")
=============================================================================
