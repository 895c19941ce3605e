#!/usr/bin/env bash
# How steady is this machine's CPU? Times the same pure-arithmetic loop (10^8 iterations, no memory traffic, no JIT)
# 30 times and prints the milliseconds of each pass. On an idle machine they should agree; when they spread, so will
# every benchmark taken at the same time, whatever the code (bench/results/summary.md, "Session 3"). Needs cc (gcc or clang).
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/spin.c" <<'C'
#include <stdio.h>
#include <time.h>
int main(void) {
    volatile unsigned long x = 0;
    for (int pass = 0; pass < 30; pass++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        for (unsigned long i = 0; i < 100000000UL; i++) x += i * i;
        clock_gettime(CLOCK_MONOTONIC, &b);
        printf("%.0f ", ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / 1e6);
    }
    printf("ms per pass\n");
    return 0;
}
C
cc -O1 -o "$dir/spin" "$dir/spin.c"
echo "$(date -u +%H:%M:%S) UTC; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$dir/spin"
