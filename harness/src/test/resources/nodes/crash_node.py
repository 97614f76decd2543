# A node that dies on its first event with an uncaught error.
import sys

sys.stdin.readline()
raise RuntimeError("the node lost its mind")
