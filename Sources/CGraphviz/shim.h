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

// An ID discipline that numbers objects in creation order.
//
// cgraph's default discipline uses the address of the interned name as the ID
// of a named object, and keeps subgraphs ordered by ID. Cluster order, and so the
// layout, then depends on malloc addresses and differs between runs. This
// discipline declines to map names (cgraph then keeps names in its internal map,
// as for names it cannot map) and hands out sequential IDs, so the same calls
// always build the same graph.
typedef struct { IDTYPE next; } vk_idstate;

static void *vk_idopen(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    vk_idstate *state = (vk_idstate *)malloc(sizeof *state);
    if (state != NULL) state->next = 1;
    return state;
}
static long vk_idmap(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype; (void)createflag;
    if (str != NULL || state == NULL) return 0;
    vk_idstate *s = (vk_idstate *)state;
    *id = s->next;
    s->next += 2;
    return 1;
}
static long vk_idalloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}
static void vk_idfree(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }
static char *vk_idprint(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return NULL; }
static void vk_idclose(void *state) { free(state); }
static void vk_idregister(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

/// Opens a new root graph, directed or undirected, never strict, with the
/// sequential ID discipline above.
static inline Agraph_t *vk_agopen(const char *name, int directed) {
    static Agiddisc_t iddisc = { vk_idopen, vk_idmap, vk_idalloc, vk_idfree, vk_idprint, vk_idclose, vk_idregister };
    static Agdisc_t disc = { &AgMemDisc, &iddisc, &AgIoDisc };
    return agopen((char *)name, directed ? Agdirected : Agundirected, &disc);
}

/// Finds or creates the node `name` in `g`.
static inline Agnode_t *vk_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// Finds the node `name` in `g`; NULL if there is none.
static inline Agnode_t *vk_agfindnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 0);
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

/// Re-seeds the C library generators (`rand`, `drand48`) that some layout engines
/// and overlap removal use without seeding them, so that a layout does not depend on
/// what ran before it in the process.
static inline void vk_seed_random(unsigned int seed) {
    srand(seed);
    srand48((long)seed);
}

/// Frees a buffer returned by `vk_agwrite_to_memory`.
static inline void vk_free(void *p) { free(p); }

#endif
