# A node that starts a child holding its stdout open, then exits on its first event: the harness
# must report an exit (not a missed deadline) and leave no process behind. argv[1] marks the child.
import subprocess
import sys

subprocess.Popen(["sleep", sys.argv[1]])
sys.stdin.readline()
sys.exit(7)
