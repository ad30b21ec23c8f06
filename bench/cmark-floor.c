/* The floor under any cmark-based site build: cmark alone parsing and rendering every body of a
 * corpus, on one core, with the files already in memory (bench/site-bench compares seam with Hugo;
 * this says how much of a build cmark itself must take).
 *
 *   cc -O2 bench/cmark-floor.c -o /tmp/cmark-floor $(pkg-config --cflags --libs libcmark)
 *   find bench/out/corpus-10000/content -name '*.md' > /tmp/files && /tmp/cmark-floor /tmp/files
 */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: cmark-floor FILE-LIST\n"); return 2; }
    FILE *list = fopen(argv[1], "r");
    if (!list) { perror(argv[1]); return 1; }
    size_t capacity = 1024, count = 0, total = 0, html = 0;
    char **texts = malloc(capacity * sizeof *texts);
    size_t *sizes = malloc(capacity * sizeof *sizes);
    char path[4096];
    while (fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { perror(path); return 1; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        if (count == capacity) {
            capacity *= 2;
            texts = realloc(texts, capacity * sizeof *texts);
            sizes = realloc(sizes, capacity * sizeof *sizes);
        }
        texts[count] = malloc(size);
        sizes[count] = fread(texts[count], 1, size, file);
        total += sizes[count++];
        fclose(file);
    }
    double start = now();
    for (size_t i = 0; i < count; i++) {
        cmark_node *document = cmark_parse_document(texts[i], sizes[i], CMARK_OPT_DEFAULT);
        char *rendered = cmark_render_html(document, CMARK_OPT_DEFAULT);
        html += strlen(rendered);
        free(rendered);
        cmark_node_free(document);
    }
    double rendered = now();
    for (size_t i = 0; i < count; i++) cmark_node_free(cmark_parse_document(texts[i], sizes[i], CMARK_OPT_DEFAULT));
    printf("%zu files, %zu bytes: parse and render %.3f s, parse alone %.3f s, %zu bytes of HTML\n",
           count, total, rendered - start, now() - rendered, html);
    return 0;
}
