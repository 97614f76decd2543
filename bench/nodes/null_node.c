/*
 * A node that does nothing but keep events coming: the floor of a round trip to a compiled process.
 * The Python null_node.py beside it, in C: it finds the event's dest and body type by their place in
 * the harness's lines (no JSON parser), sets a one-tick timer on init, restart and timeout, answers
 * done, never elects, and offers reset.
 *
 *   cc -O2 -o /tmp/null_node bench/nodes/null_node.c
 *   ./electorate bench --node-cmd /tmp/null_node --termination-bound 80 --nodes 3 --runs 10 --rounds 5
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copies the string value that follows key in line into out; empty when the key is absent. */
static void field(const char *line, const char *key, char *out, size_t size) {
    const char *at = strstr(line, key);
    size_t n = 0;
    if (at != NULL) {
        for (at += strlen(key); *at != '\0' && *at != '"' && n + 1 < size; at++) {
            out[n++] = *at;
        }
    }
    out[n] = '\0';
}

int main(void) {
    char *line = NULL;
    size_t capacity = 0;
    char me[64];
    char type[64];
    while (getline(&line, &capacity, stdin) != -1) {
        field(line, "\"dest\":\"", me, sizeof me);
        field(line, "\"body\":{\"type\":\"", type, sizeof type);
        int first = strcmp(type, "init") == 0 || strcmp(type, "restart") == 0;
        if (first || strcmp(type, "timeout") == 0) {
            printf("{\"src\":\"%s\",\"dest\":\"electorate\",\"body\":{\"type\":\"set_timer\",\"timer\":\"tick\","
                   "\"delay\":1}}\n", me);
        }
        printf("{\"src\":\"%s\",\"dest\":\"electorate\",\"body\":{\"type\":\"done\",\"role\":\"follower\","
               "\"leader\":null,\"term\":0%s}}\n", me, first ? ",\"reset\":true" : "");
        fflush(stdout);
    }
    free(line);
    return 0;
}
