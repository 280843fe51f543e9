#ifndef VERKOSTO_CGRAPHVIZ_SHIM_H
#define VERKOSTO_CGRAPHVIZ_SHIM_H

// Thin wrappers over libgvc / libcgraph for calls Swift 6 cannot make directly:
// global descriptor variables (not concurrency-safe to read from Swift),
// non-const `char *` parameters that only read their argument, and writing a
// graph to memory through a C `FILE *`.
//
// None of these functions take a lock: the Swift side serialises every call
// into Graphviz through one process-wide lock.

#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Opens a new root graph, directed or undirected, never strict.
static inline Agraph_t *vk_agopen(const char *name, int directed) {
    return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}

/// Finds or creates the node `name` in `g`.
static inline Agnode_t *vk_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// Creates an anonymous edge from `t` to `h` (multi-edges allowed).
static inline Agedge_t *vk_agedge(Agraph_t *g, Agnode_t *t, Agnode_t *h) {
    return agedge(g, t, h, NULL, 1);
}

/// Finds or creates the subgraph `name` (a cluster if it starts with "cluster").
static inline Agraph_t *vk_agsubg(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

/// Sets attribute `name` to `value` on a graph, node or edge, declaring it with
/// default `def` if needed. Returns 0 on success.
static inline int vk_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

/// Declares attribute `name` with default `value` for objects of `kind`
/// (AGRAPH=0, AGNODE=1, AGEDGE=2) on root graph `g`.
static inline void vk_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    agattr(g, kind, (char *)name, (char *)value);
}

/// Reads attribute `name` of a graph, node or edge; NULL if it is not declared.
static inline const char *vk_agget(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

/// Writes `g` as DOT with cgraph's own writer (so quoting and escaping are
/// Graphviz's) into a malloc'ed buffer. Returns NULL on failure; the caller
/// frees the result with `free`.
static inline char *vk_agwrite_to_memory(Agraph_t *g, size_t *length) {
    char *buffer = NULL;
    *length = 0;
    FILE *stream = open_memstream(&buffer, length);
    if (stream == NULL) return NULL;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0 || rc != 0) {
        free(buffer);
        *length = 0;
        return NULL;
    }
    return buffer;
}

/// Frees a buffer returned by `vk_agwrite_to_memory`.
static inline void vk_free(void *p) { free(p); }

#endif
